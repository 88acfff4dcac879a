import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimTenant, scimError } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

const PatchOp = z.object({
  Operations: z.array(
    z.object({ op: z.enum(["replace", "add", "remove"]), path: z.string().optional(), value: z.unknown() }),
  ),
});

// Deactivation and group-based role sync. Roles come from the tenant's group mapping table.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await scimTenant(req);
  if (!tenant) return scimError(401, "Invalid token");
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const body = PatchOp.parse(await req.json());

  for (const op of body.Operations) {
    if (op.path === "active" && op.value === false) {
      // ok: missing-authorization
      await prisma.membership.deleteMany({ where: { userId: id, tenantId: tenant.id } });
      await auditLog({ tenantId: tenant.id, action: "scim.user_deactivated", target: id });
    }
    if (op.path === "groups" && typeof op.value === "string") {
      const mapping = await prisma.scimGroupMapping.findFirst({ where: { tenantId: tenant.id, groupId: op.value }, select: { role: true } });
      if (mapping) {
        // ok: missing-authorization, mass-assignment
        await prisma.membership.updateMany({ where: { userId: id, tenantId: tenant.id }, data: { role: mapping.role } });
        await auditLog({ tenantId: tenant.id, action: "scim.role_synced", target: id, meta: { role: mapping.role } });
      }
    }
  }
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await scimTenant(req);
  if (!tenant) return scimError(401, "Invalid token");
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: id, tenantId: tenant.id } });
  return new Response(null, { status: 204 });
}
