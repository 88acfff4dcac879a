import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/auth/super-admin";
import { auditLog } from "@/lib/audit";

export default async function ConsoleOrgPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await requireSuperAdmin();
  const org = await prisma.organization.findUnique({
    where: { id: orgId },
    select: { id: true, name: true, plan: true, _count: { select: { marinas: true, memberships: true } } },
  });
  if (!org) return <p>Unknown organisation</p>;

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function impersonateOwner(formData: FormData) {
    "use server";
    const { adminId } = await requireSuperAdmin();
    const membershipId = z.string().cuid().parse(formData.get("membershipId"));
    const m = await prisma.membership.findFirst({ where: { id: membershipId, orgId, role: "OWNER" }, select: { userId: true } });
    if (!m) return;
    await auditLog({ actorId: adminId, action: "console.impersonate", target: m.userId });
    revalidatePath(`/console/orgs/${orgId}`);
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function resetOrgTwoFactor(formData: FormData) {
    "use server";
    await requireSuperAdmin();
    const userId = z.string().cuid().parse(formData.get("userId"));
    // ok: missing-authorization
    await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, twoFactorSecret: null, recoveryCodes: [] } });
    revalidatePath(`/console/orgs/${orgId}`);
  }

  return (
    <section>
      <h1>{org.name}</h1>
      <p>Plan: {org.plan} · {org._count.marinas} marinas · {org._count.memberships} staff</p>
      <form action={impersonateOwner}>
        <input name="membershipId" />
        <button>Impersonate owner</button>
      </form>
      <form action={resetOrgTwoFactor}>
        <input name="userId" />
        <button>Reset 2FA</button>
      </form>
    </section>
  );
}
