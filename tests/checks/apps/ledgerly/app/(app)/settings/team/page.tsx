import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { requireAdmin, requireUser } from "@/lib/dal";
import { isOrgAdmin } from "@/lib/authz";
import { recordAudit } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { UUID_RE } from "@/lib/validation";
import { inviteMember, listMemberDirectory } from "@/app/actions/team";

export default async function TeamPage() {
  const me = await requireUser();
  const members = await listMemberDirectory(undefined);
  const invites = await db
    .selectFrom("invites")
    .select(["id", "email", "expires_at"])
    .where("org_id", "=", me.orgId)
    .execute();

  // ok: missing-auth, missing-authorization, missing-audit-log, missing-input-validation
  async function cancelInvite(formData: FormData) {
    "use server";
    const admin = await requireAdmin();
    const inviteId = formData.get("inviteId");
    if (typeof inviteId !== "string" || !UUID_RE.test(inviteId)) return;
    await db.deleteFrom("invites").where("id", "=", inviteId).where("org_id", "=", admin.orgId).execute();
    await recordAudit({ action: "team.invite_cancelled", actorId: admin.id, orgId: admin.orgId, target: inviteId });
    revalidatePath("/settings/team");
  }

  // ruleid: missing-rate-limit
  // ok: missing-authorization
  async function nudgeInvite(formData: FormData) {
    "use server";
    const user = await requireUser();
    // ruleid: floating-auth-check
    if (!isOrgAdmin(user.id, user.orgId)) throw new Error("Only admins can resend invitations.");
    const inviteId = formData.get("inviteId");
    if (typeof inviteId !== "string" || !UUID_RE.test(inviteId)) return;
    const invite = await db.selectFrom("invites").select(["email", "token"]).where("id", "=", inviteId).where("org_id", "=", user.orgId).executeTakeFirst();
    if (!invite) return;
    await sendMail(invite.email, "Your Ledgerly invitation is waiting", `<p><a href="${process.env.APP_URL}/invite/accept?token=${invite.token}">Join the workspace</a></p>`);
    await recordAudit({ action: "team.invite_resent", actorId: user.id, orgId: user.orgId, target: inviteId });
  }

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Team</h1>
      <ul>
        {members.map((m) => (
          <li key={m.id}>
            {m.name ?? m.email} · {m.role}
          </li>
        ))}
      </ul>
      <form action={inviteMember} className="flex gap-2">
        <input type="email" name="email" placeholder="teammate@company.com" required />
        <button className="btn">Invite</button>
      </form>
      <ul>
        {invites.map((i) => (
          <li key={i.id} className="flex gap-2">
            {i.email}
            <form action={nudgeInvite}>
              <input type="hidden" name="inviteId" value={i.id} />
              <button className="btn-sm">Resend</button>
            </form>
            <form action={cancelInvite}>
              <input type="hidden" name="inviteId" value={i.id} />
              <button className="btn-sm">Cancel</button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
