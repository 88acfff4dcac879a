import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateScim, scimError } from "@/lib/scim";
import { sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const tenant = await authenticateScim(req);
  if (!tenant) return scimError(401, "Invalid SCIM token");
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const m = await prisma.membership.findFirst({ where: { userId: id, tenantId: tenant.id }, select: { role: true, user: { select: { id: true, email: true, lockedAt: true } } } });
  if (!m) return scimError(404, "Resource not found");
  // ok: excessive-data-exposure
  return Response.json({ id: m.user.id, userName: m.user.email, active: !m.user.lockedAt, "urn:claimdesk:role": m.role });
}

// Okta sends PatchOp documents. This handler was written against the tenant's legacy SCIM token column and never
// moved to authenticateScim().
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  const tenantId = req.headers.get("x-claimdesk-tenant") ?? "";
  const tenant = await prisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, scimTokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!tenant || !raw || sha256(raw) !== tenant.scimTokenHash) return scimError(401, "Invalid SCIM token");
  const { id } = await params;
  const patch = (await req.json()) as { Operations: { op: string; path: string; value: unknown }[] };
  const changes = Object.fromEntries(patch.Operations.filter((o) => o.op === "replace").map((o) => [o.path, o.value]));
  await prisma.membership.updateMany({
    where: { userId: id, tenantId: tenant.id },
    // ruleid: mass-assignment
    data: changes,
  });
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Ctx) {
  const tenant = await authenticateScim(req);
  if (!tenant) return scimError(401, "Invalid SCIM token");
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: id, tenantId: tenant.id } });
  await auditLog({ tenantId: tenant.id, action: "scim.user.deprovision", target: id });
  return new Response(null, { status: 204 });
}
