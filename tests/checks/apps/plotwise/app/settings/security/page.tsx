import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireMember, getCurrentSession } from "@/lib/auth/current";
import { invalidateAllSessions } from "@/lib/auth/session";
import { auditLog } from "@/lib/audit";
import { ChangePasswordForm } from "@/components/ChangePasswordForm";

export default async function SecurityPage() {
  const { user, session } = await requireMember();
  const sessions = await prisma.session.findMany({ where: { userId: user.id }, select: { id: true, expiresAt: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function signOutEverywhere() {
    "use server";
    const { user: me } = await requireMember();
    await invalidateAllSessions(me.id);
    await auditLog({ actorId: me.id, action: "auth.sign_out_all" });
    redirect("/login");
  }

  // ok: missing-auth, missing-input-validation
  async function revokeSession(formData: FormData) {
    "use server";
    const { session: current, user: me } = await getCurrentSession();
    if (!current) redirect("/login");
    const sessionId = formData.get("sessionId");
    if (typeof sessionId !== "string" || sessionId.length !== 64) throw new Error("Bad session id");
    // ruleid: missing-authorization
    await prisma.session.delete({ where: { id: sessionId } });
    await auditLog({ actorId: me.id, action: "auth.session_revoke" });
  }

  return (
    <div>
      <h1>Security</h1>
      <ChangePasswordForm />
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            Expires {s.expiresAt.toLocaleDateString("en-GB")} {s.id === session.id && "(this device)"}
            <form action={revokeSession}>
              <input type="hidden" name="sessionId" value={s.id} />
              <button>Sign out</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={signOutEverywhere}><button>Sign out everywhere</button></form>
    </div>
  );
}
