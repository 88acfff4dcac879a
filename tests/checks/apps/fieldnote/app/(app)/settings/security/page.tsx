import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { getCurrentSession, requireUser } from "@/lib/session";
import { logActivity } from "@/lib/audit";

export default async function SecurityPage() {
  const session = await requireUser();
  const sessions = await prisma.session.findMany({
    where: { userId: session.user.id },
    select: { id: true, userAgent: true, expiresAt: true },
  });

  // ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
  async function revokeOtherSessions() {
    "use server";
    const current = await getCurrentSession();
    if (!current) return;
    const { count } = await prisma.session.deleteMany({
      where: { userId: current.user.id, id: { not: current.sessionId } },
    });
    await logActivity({ workspaceId: current.workspaceId, actorId: current.user.id, action: "auth.sessions_revoked", meta: { count } });
    revalidatePath("/settings/security");
  }

  // ok: missing-auth, missing-input-validation
  async function revokeSession(formData: FormData) {
    "use server";
    const current = await getCurrentSession();
    if (!current) return;
    const sessionId = formData.get("sessionId");
    if (typeof sessionId !== "string" || sessionId.length > 40) return;
    // ok: missing-authorization
    await prisma.session.deleteMany({ where: { id: sessionId, userId: current.user.id } });
    revalidatePath("/settings/security");
  }

  return (
    <section>
      <h2 className="text-lg font-medium">Signed-in devices</h2>
      <ul>
        {sessions.map((s) => (
          <li key={s.id} className="flex justify-between">
            <span>{s.userAgent ?? "Unknown device"}</span>
            <form action={revokeSession}>
              <input type="hidden" name="sessionId" value={s.id} />
              <button type="submit">Sign out</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={revokeOtherSessions}>
        <button type="submit">Sign out everywhere else</button>
      </form>
    </section>
  );
}
