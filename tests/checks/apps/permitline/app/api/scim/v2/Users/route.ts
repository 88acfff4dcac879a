import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateScim, SCIM_ROLE_MAP } from "@/lib/scim/auth";
import { auditLog } from "@/lib/audit";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  groups: z.array(z.object({ display: z.string() })).default([]),
  active: z.boolean().default(true),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const tenant = await authenticateScim(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const input = scimUser.parse(await req.json());
  const role = input.groups.map((g) => SCIM_ROLE_MAP[g.display]).find(Boolean) ?? "VIEWER";
  const user = await prisma.user.upsert({
    where: { email: input.userName },
    create: { email: input.userName, name: [input.name?.givenName, input.name?.familyName].filter(Boolean).join(" ") },
    update: {},
    select: { id: true },
  });
  await prisma.membership.upsert({
    where: { userId_municipalityId: { userId: user.id, municipalityId: tenant.municipalityId } },
    create: { userId: user.id, municipalityId: tenant.municipalityId, role },
    update: { role },
  });
  await auditLog({ action: "scim.user_provisioned", municipalityId: tenant.municipalityId, target: user.id, meta: { role } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: user.id, userName: input.userName, active: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const tenant = await authenticateScim(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const members = await prisma.membership.findMany({
    where: { municipalityId: tenant.municipalityId },
    select: { role: true, user: { select: { id: true, email: true, name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, displayName: m.user.name, roles: [m.role] })), totalResults: members.length });
}
