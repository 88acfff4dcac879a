import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { newToken, hashToken } from "@/lib/crypto";
import { newTotpSecret, verifySync } from "@/services/two-factor";
import { auditLog } from "@/lib/audit";
import { authLimiter } from "@/lib/ratelimit";

export default async function SecurityPage() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { twoFactorOn: true } });

  // ruleid: missing-auth
  async function regenerateRecoveryCodes() {
    "use server";
    // ruleid: floating-auth-check
    verifySession();
    const codes = Array.from({ length: 8 }, () => newToken(6));
    await prisma.$executeRaw`update recovery_codes set codes_hash = ${hashToken(codes.join(":"))} where user_id = ${userId}`;
    revalidatePath("/account/security");
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function enableTwoFactor(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const session = await verifySession();
    const { success } = await authLimiter.limit(`2fa-enable:${session.userId}`);
    if (!success) return;
    const code = formData.get("code");
    const secret = formData.get("secret");
    if (typeof code !== "string" || !/^\d{6}$/.test(code) || typeof secret !== "string" || secret.length > 64) {
      throw new Error("Invalid code");
    }
    if (!verifySync(code, secret)) throw new Error("Invalid code");
    await prisma.user.update({ where: { id: session.userId }, data: { totpSecret: secret, twoFactorOn: true } });
    await auditLog({ actorId: session.userId, action: "account.2fa_enabled" });
    revalidatePath("/account/security");
  }

  return (
    <section>
      <h1>Security</h1>
      {user?.twoFactorOn ? (
        <form action={regenerateRecoveryCodes}>
          <button>Regenerate recovery codes</button>
        </form>
      ) : (
        <form action={enableTwoFactor}>
          <input type="hidden" name="secret" value={newTotpSecret()} />
          <input name="code" inputMode="numeric" />
          <button>Enable 2FA</button>
        </form>
      )}
    </section>
  );
}
