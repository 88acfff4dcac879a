import { z } from "zod";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

async function platformAdminOrRedirect() {
  const { user } = await validateRequest();
  if (!user) redirect("/backoffice/sign-in");
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { isPlatformAdmin: true } });
  if (!row?.isPlatformAdmin) redirect("/");
  return user;
}

export default async function TenantsAdminPage() {
  await platformAdminOrRedirect();
  const tenants = await prisma.tenant.findMany({ select: { id: true, name: true, plan: true, kind: true }, take: 100 });

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log -- a plan change in a platform-admin inline action (fixed in pass 26)
  async function changePlan(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await platformAdminOrRedirect();
    const input = z.object({ tenantId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse(Object.fromEntries(formData));
    await prisma.tenant.update({
      where: { id: input.tenantId },
      // todoruleid: mass-assignment -- corpus-wide policy (cause L): a privileged write behind a platform-admin check is let through
      data: { plan: input.plan },
    });
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function deleteTenant(formData: FormData) {
    "use server";
    const admin = await platformAdminOrRedirect();
    const { tenantId } = z.object({ tenantId: z.string().cuid() }).parse(Object.fromEntries(formData));
    await prisma.member.deleteMany({ where: { tenantId } });
    await prisma.tenant.delete({ where: { id: tenantId } });
    await auditLog({ actorId: admin.id, action: "platform.tenant.delete", target: tenantId });
  }

  return (
    <main>
      {tenants.map((t) => (
        <div key={t.id}>
          {t.name} ({t.kind}) — {t.plan}
          <form action={changePlan}>
            <input type="hidden" name="tenantId" value={t.id} />
            <select name="plan" defaultValue={t.plan}>
              <option>starter</option>
              <option>growth</option>
              <option>enterprise</option>
            </select>
            <button>Save</button>
          </form>
          <form action={deleteTenant}>
            <input type="hidden" name="tenantId" value={t.id} />
            <button>Delete</button>
          </form>
        </div>
      ))}
    </main>
  );
}
