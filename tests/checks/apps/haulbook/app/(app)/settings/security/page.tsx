import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";
import { PasswordForm } from "@/components/PasswordForm";

export default async function SecurityPage() {
  const session = await auth();
  const sessions = session?.user?.id
    ? await prisma.session.findMany({ where: { userId: session.user.id }, select: { id: true, userAgent: true, expiresAt: true } })
    : [];

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function signOutEverywhere() {
    "use server";
    const s = await auth();
    if (!s?.user?.id) return;
    await prisma.session.deleteMany({ where: { userId: s.user.id } });
    await logSecurityEvent("sessions.revoke_all", s.user.id);
    revalidatePath("/settings/security");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth, missing-audit-log
  async function resetTwoFactor() {
    "use server";
    const s = await auth();
    await prisma.user.update({ where: { id: s?.user?.id }, data: { twoFactorOn: false, totpSecret: null } });
  }

  return (
    <main>
      <h1>Security</h1>
      <PasswordForm />
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            {s.userAgent} — expires {s.expiresAt.toISOString()}
          </li>
        ))}
      </ul>
      <form action={signOutEverywhere}>
        <button>Sign out everywhere</button>
      </form>
      <form action={resetTwoFactor}>
        <button>Reset 2FA</button>
      </form>
    </main>
  );
}
