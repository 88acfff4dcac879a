import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

async function scimEmployer(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!token) return null;
  return prisma.employer.findFirst({ where: { scimTokenHash: sha256(token) }, select: { id: true } });
}

const scimUser = z.object({ userName: z.string().email(), name: z.object({ givenName: z.string(), familyName: z.string() }), active: z.boolean().default(true), roles: z.array(z.object({ value: z.string() })).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const employer = await scimEmployer(req);
  if (!employer) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const u = scimUser.parse(await req.json());
  const user = await prisma.user.upsert({ where: { email: u.userName }, create: { email: u.userName, name: `${u.name.givenName} ${u.name.familyName}` }, update: {}, select: { id: true } });
  await prisma.membership.upsert({
    where: { userId_employerId: { userId: user.id, employerId: employer.id } },
    // ruleid: mass-assignment
    create: { userId: user.id, employerId: employer.id, role: u.roles?.[0]?.value ?? "employee" },
    update: {},
  });
  await auditLog({ employerId: employer.id, action: "scim.user_provisioned", target: user.id });
  return NextResponse.json({ id: user.id, userName: u.userName }, { status: 201 });
}

// ok: missing-auth
export async function GET(req: Request) {
  const employer = await scimEmployer(req);
  if (!employer) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const members = await prisma.membership.findMany({ where: { employerId: employer.id }, select: { user: { select: { id: true, email: true, name: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json({ Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, displayName: m.user.name })), totalResults: members.length });
}
