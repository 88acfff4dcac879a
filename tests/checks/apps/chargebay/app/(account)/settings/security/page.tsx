import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { validateRequest } from "@/lib/lucia";
import { auditLog } from "@/lib/audit";
import { generateToken, hashToken } from "@/lib/crypto";
import { revokeSession } from "../actions";

export default async function SecurityPage() {
  const { user, session } = await validateRequest();
  if (!user) redirect("/login");
  const sessions = await prisma.userSession.findMany({
    where: { userId: user.id },
    select: { id: true, userAgent: true, ip: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });

  // ok: missing-auth, missing-audit-log
  async function signOutEverywhere() {
    "use server";
    const { user: me, session: current } = await validateRequest();
    if (!me || !current) redirect("/login");
    await prisma.userSession.deleteMany({ where: { userId: me.id, id: { not: current.id } } });
    await auditLog({ actorId: me.id, action: "user.sessions_revoked" });
    revalidatePath("/settings/security");
  }

  // ok: missing-auth
  async function regenerateRecoveryCodes() {
    "use server";
    const { user: me } = await validateRequest();
    if (!me) redirect("/login");
    const codes = Array.from({ length: 8 }, () => generateToken(6));
    await prisma.user.update({ where: { id: me.id }, data: { recoveryCodes: codes.map(hashToken) } });
    await auditLog({ actorId: me.id, action: "user.recovery_codes_regenerated" });
    // ok: excessive-data-exposure
    return codes;
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function renameDevice(sessionId: string, formData: FormData) {
    "use server";
    const { user: me } = await validateRequest();
    if (!me) redirect("/login");
    const label = formData.get("label");
    // ok: missing-authorization
    await prisma.userSession.updateMany({ where: { id: sessionId, userId: me.id }, data: { userAgent: String(label) } });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function confirmRecoveryCode(formData: FormData) {
    "use server";
    const { user: me } = await validateRequest();
    if (!me) redirect("/login");
    const code = z.string().min(6).max(20).parse(formData.get("code"));
    const row = await prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { recoveryCodes: true } });
    // ruleid: timing-unsafe-comparison
    const match = row.recoveryCodes.find((hash) => hash === hashToken(code));
    return { valid: Boolean(match) };
  }

  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-semibold">Security</h1>
      <form action={signOutEverywhere}>
        <button className="btn-secondary">Sign out of all other devices</button>
      </form>
      <ul>
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center gap-4">
            <form action={renameDevice.bind(null, s.id)}>
              <input name="label" defaultValue={s.userAgent ?? "Unknown device"} />
            </form>
            {s.id === session?.id ? <span>This device</span> : (
              <form action={revokeSession.bind(null, s.id)}>
                <button>Revoke</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form action={regenerateRecoveryCodes as unknown as (fd: FormData) => Promise<void>}>
        <button>Regenerate recovery codes</button>
      </form>
      <form action={confirmRecoveryCode as unknown as (fd: FormData) => Promise<void>}>
        <input name="code" />
        <button>Test a recovery code</button>
      </form>
    </section>
  );
}
