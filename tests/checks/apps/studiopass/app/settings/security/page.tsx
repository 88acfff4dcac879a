import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { getOptionalSession, verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function SecurityPage() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({
    where: { userId },
    select: { id: true, userAgent: true, ip: true, expires: true },
  });

  // ok: missing-auth, missing-audit-log
  async function signOutEverywhere() {
    "use server";
    const session = await verifySession();
    await prisma.session.deleteMany({ where: { userId: session.userId } });
    await auditLog({ actorId: session.userId, action: "session.revoked_all" });
  }

  // ruleid: missing-auth
  async function regenerateRecoveryCodes() {
    "use server";
    const session = await getOptionalSession();
    const codes = Array.from({ length: 8 }, () => randomBytes(5).toString("hex"));
    await prisma.user.update({
      where: { id: session?.userId },
      data: { recoveryCodesHash: await Promise.all(codes.map((c) => bcrypt.hash(c, 10))) },
    });
    return codes;
  }

  return (
    <main className="mx-auto max-w-2xl space-y-8 p-6">
      <h1 className="text-2xl font-semibold">Security</h1>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            {s.userAgent} · {s.ip} · until {s.expires.toLocaleDateString()}
          </li>
        ))}
      </ul>
      <form action={signOutEverywhere}>
        <button type="submit">Sign out on all devices</button>
      </form>
      <form action={regenerateRecoveryCodes}>
        <button type="submit">New recovery codes</button>
      </form>
    </main>
  );
}
