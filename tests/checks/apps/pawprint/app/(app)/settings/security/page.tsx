import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

export default async function SecurityPage() {
  const session = await verifySession();
  const sessions = await prisma.session.findMany({
    where: { userId: session.userId },
    select: { id: true, userAgent: true, ip: true, expiresAt: true },
  });

  // ok: missing-auth, missing-audit-log
  async function signOutEverywhere() {
    "use server";
    const s = await verifySession();
    // ok: missing-authorization
    await prisma.session.deleteMany({ where: { userId: s.userId } });
    await auditLog({ actorId: s.userId, action: "session.revoke_all" });
    revalidatePath("/settings/security");
  }

  return (
    <section>
      <h2>Active sessions</h2>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            {s.userAgent ?? "Unknown device"} · {s.ip} · expires {s.expiresAt.toDateString()}
          </li>
        ))}
      </ul>
      <form action={signOutEverywhere}>
        <button>Sign out everywhere</button>
      </form>
    </section>
  );
}
