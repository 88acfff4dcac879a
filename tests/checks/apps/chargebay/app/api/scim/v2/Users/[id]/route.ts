import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

async function tenantFromScimToken(req: NextRequest) {
  const bearer = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!bearer || !/^[A-Za-z0-9_-]{32,128}$/.test(bearer)) return null;
  return prisma.tenant.findFirst({ where: { scimTokenHash: hashToken(bearer) }, select: { id: true } });
}

const Patch = z.object({
  Operations: z.array(z.object({ op: z.enum(["replace", "Replace"]), path: z.literal("active").optional(), value: z.union([z.boolean(), z.object({ active: z.boolean() })]) })),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: Ctx) {
  const tenant = await tenantFromScimToken(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const member = await prisma.membership.findFirst({ where: { userId: id, tenantId: tenant.id }, include: { user: true } });
  if (!member) return NextResponse.json({ detail: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], ...member.user });
}

// Deactivation from the IdP.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const tenant = await tenantFromScimToken(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const body = Patch.parse(await req.json());
  const op = body.Operations[0];
  const active = typeof op.value === "boolean" ? op.value : op.value.active;
  // ok: missing-authorization
  const member = await prisma.membership.findFirst({ where: { userId: id, tenantId: tenant.id }, select: { id: true } });
  if (!member) return NextResponse.json({ detail: "Not found" }, { status: 404 });
  if (!active) await prisma.membership.delete({ where: { id: member.id } });
  await auditLog({ tenantId: tenant.id, action: active ? "scim.user_reactivated" : "scim.user_deactivated", targetId: id });
  return NextResponse.json({ id, active });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- a route parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
// ruleid: missing-audit-log
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const tenant = await tenantFromScimToken(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: id, tenantId: tenant.id } });
  return new NextResponse(null, { status: 204 });
}
