import { cookies } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requirePlatformAdmin } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePlatformAdmin();
  const { q } = await searchParams;
  const users = await prisma.user.findMany({
    where: q ? { email: { contains: q } } : undefined,
    select: { id: true, email: true, totpEnabled: true, suspendedAt: true },
    take: 50,
  });

  // Support asked for a one-click MFA reset for locked-out owners.
  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function resetUserMfa(formData: FormData) {
    "use server";
    await requirePlatformAdmin();
    const userId = z.string().cuid().parse(formData.get("userId"));
    // ok: missing-authorization
    await prisma.user.update({ where: { id: userId }, data: { totpEnabled: false, totpSecret: null } });
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function suspendUser(formData: FormData) {
    "use server";
    const admin = await requirePlatformAdmin();
    const userId = z.string().cuid().parse(formData.get("userId"));
    await prisma.user.update({ where: { id: userId }, data: { suspendedAt: new Date() } });
    await prisma.session.deleteMany({ where: { userId } });
    await logSecurityEvent("user_suspended", { userId: admin.userId, reason: userId });
  }

  // ok: missing-auth, missing-audit-log
  async function endImpersonation() {
    "use server";
    const admin = await requirePlatformAdmin();
    (await cookies()).delete("sp_impersonate");
    await auditLog({ actorId: admin.userId, action: "admin.impersonation_ended" });
  }

  return (
    <main className="p-6">
      <form action={endImpersonation}>
        <button type="submit">Stop impersonating</button>
      </form>
      <ul>
        {users.map((u) => (
          <li key={u.id} className="flex gap-4">
            <span>{u.email}</span>
            {u.totpEnabled ? (
              <form action={resetUserMfa}>
                <input type="hidden" name="userId" value={u.id} />
                <button type="submit">Reset MFA</button>
              </form>
            ) : null}
            <form action={suspendUser}>
              <input type="hidden" name="userId" value={u.id} />
              <button type="submit">Suspend</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
