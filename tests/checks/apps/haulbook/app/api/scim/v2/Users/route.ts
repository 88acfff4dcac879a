import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

async function scimTenant(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!token) return null;
  // ok: timing-unsafe-comparison
  return prisma.tenant.findFirst({ where: { scimTokenHash: hashToken(token) }, select: { id: true } });
}

const ScimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string(), familyName: z.string() }).partial().optional(),
  haulbookRole: z.enum(["OWNER", "ADMIN", "DISPATCHER", "BILLING", "VIEWER"]).default("VIEWER"),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const tenant = await scimTenant(req);
  if (!tenant) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const members = await prisma.member.findMany({ where: { tenantId: tenant.id }, select: { id: true, role: true, user: { select: { email: true, name: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: members.length, Resources: members });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const tenant = await scimTenant(req);
  if (!tenant) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const input = ScimUser.parse(await req.json());
  // ok: mass-assignment
  const user = await prisma.user.upsert({ where: { email: input.userName }, update: {}, create: { email: input.userName, name: input.name?.givenName }, select: { id: true } });
  const member = await prisma.member.create({
    data: {
      tenantId: tenant.id,
      userId: user.id,
      // ruleid: mass-assignment
      role: input.haulbookRole,
    },
    select: { id: true },
  });
  await auditLog({ tenantId: tenant.id, action: "scim.user.create", target: user.id });
  return NextResponse.json({ id: member.id }, { status: 201 });
}
