import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requirePlatformAdmin } from "@/lib/dal";

export default async function AdminTenantPage({ params }: { params: Promise<{ tenantId: string }> }) {
  await requirePlatformAdmin();
  const { tenantId } = await params;
  const id = z.string().cuid().safeParse(tenantId);
  if (!id.success) notFound();
  const tenant = await prisma.tenant.findUnique({
    where: { id: id.data },
    select: { id: true, name: true, plan: true, suspendedAt: true, _count: { select: { chargers: true, memberships: true } } },
  });
  if (!tenant) notFound();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function revokeAllApiKeys() {
    "use server";
    const admin = await requirePlatformAdmin();
    await prisma.apiKey.updateMany({ where: { tenantId: tenant!.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await prisma.auditLog.create({ data: { actorId: admin.adminId, tenantId: tenant!.id, action: "admin.api_keys_revoked", metadata: {} } });
    revalidatePath(`/admin/tenants/${tenant!.id}`);
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function changePlan(formData: FormData) {
    "use server";
    await requirePlatformAdmin();
    const plan = z.enum(["starter", "growth", "enterprise"]).parse(formData.get("plan"));
    await prisma.tenant.update({
      where: { id: tenant!.id },
      // ruleid: mass-assignment
      data: { plan },
    });
    revalidatePath(`/admin/tenants/${tenant!.id}`);
  }

  return (
    <section>
      <h1 className="text-2xl font-semibold">{tenant.name}</h1>
      <p>
        Plan: {tenant.plan} · {tenant._count.chargers} chargers · {tenant._count.memberships} staff
      </p>
      <form action={changePlan}>
        <select name="plan" defaultValue={tenant.plan}>
          <option value="starter">Starter</option>
          <option value="growth">Growth</option>
          <option value="enterprise">Enterprise</option>
        </select>
        <button>Change plan</button>
      </form>
      <form action={revokeAllApiKeys}>
        <button className="text-red-600">Revoke all API keys</button>
      </form>
    </section>
  );
}
