import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/guards";
import { getOptionalSession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function TenantAdminPage({ params }: { params: Promise<{ tenantId: string }> }) {
  await requireSuperAdmin();
  const { tenantId } = await params;
  const tenant = await prisma.tenant.findUnique({
    where: { id: tenantId },
    select: { id: true, name: true, plan: true, suspended: true, _count: { select: { memberships: true, projects: true } } },
  });
  if (!tenant) notFound();

  // Support: a GC lost their authenticator phones.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function resetTenantMfa() {
    "use server";
    const session = await getOptionalSession();
    if (!session?.isSuperAdmin) return;
    await prisma.user.updateMany({
      where: { memberships: { some: { tenantId: tenant!.id } } },
      data: { totpEnabled: false, totpSecret: null },
    });
    revalidatePath(`/admin/tenants/${tenant!.id}`);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function unsuspend(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const note = z.string().min(3).max(500).parse(formData.get("note"));
    await prisma.tenant.update({ where: { id: tenant!.id }, data: { suspended: false } });
    await auditLog({ actorId: admin.userId, tenantId: tenant!.id, action: "platform.tenant_unsuspended", meta: { note } });
  }

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{tenant.name}</h1>
      <p>
        Plan {tenant.plan} · {tenant._count.memberships} users · {tenant._count.projects} projects
      </p>
      <form action={resetTenantMfa}>
        <button className="btn-danger">Reset 2FA for all users</button>
      </form>
      {tenant.suspended && (
        <form action={unsuspend} className="flex gap-2">
          <input name="note" placeholder="Reason" className="input" />
          <button className="btn">Unsuspend</button>
        </form>
      )}
    </div>
  );
}
