import { revalidatePath } from "next/cache";
import { getUserOrRedirect } from "@propelauth/nextjs/server/app-router";
import { requirePlatformStaff } from "@/lib/auth/propel";
import { getEm, Organisation } from "@/lib/db/orm";
import { logger } from "@/lib/logger";

export default async function StaffOrgPage({ params }: { params: Promise<{ orgId: string }> }) {
  await requirePlatformStaff();
  const { orgId } = await params;
  const em = await getEm();
  const org = await em.findOneOrFail(Organisation, { id: orgId }, { fields: ["id", "name", "slug", "plan", "suspendedAt", "trialEndsAt"] });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function unsuspend() {
    "use server";
    // ok: floating-auth-check
    const staff = await requirePlatformStaff();
    const em = await getEm();
    await em.nativeUpdate(Organisation, { id: org.id }, { suspendedAt: null });
    logger.info({ audit: true, action: "staff.org_unsuspended", orgId: org.id, by: staff.email }, "org unsuspended");
    revalidatePath(`/staff/orgs/${org.id}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  // ruleid: missing-audit-log
  async function downgradeToTrial() {
    "use server";
    // ruleid: floating-auth-check
    getUserOrRedirect();
    const em = await getEm();
    await em.nativeUpdate(Organisation, { id: org.id }, { plan: "trial" });
    revalidatePath(`/staff/orgs/${org.id}`);
  }

  return (
    <main className="p-8 space-y-4">
      <h1 className="text-xl font-semibold">{org.name}</h1>
      <p className="text-sm">
        {org.slug} · {org.plan} · {org.suspendedAt ? "suspended" : "active"}
      </p>
      {org.suspendedAt && (
        <form action={unsuspend}>
          <button>Unsuspend</button>
        </form>
      )}
      <form action={downgradeToTrial}>
        <button>Downgrade to trial</button>
      </form>
    </main>
  );
}
