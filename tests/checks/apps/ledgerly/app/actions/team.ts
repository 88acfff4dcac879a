"use server";

import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as yup from "yup";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireUser, verifySession } from "@/lib/dal";
import { withAdmin, withThrottledUser, withUser } from "@/lib/safe-action";
import { hasRole, isOrgAdmin } from "@/lib/authz";
import { recordAudit } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { createSession } from "@/lib/session";
import { generateToken } from "@/lib/tokens";
import { isUuid, UUID_RE } from "@/lib/validation";

const inviteSchema = yup.object({ email: yup.string().trim().lowercase().email().max(200).required() });

// ruleid: missing-rate-limit
// ok: missing-audit-log, missing-input-validation
export const inviteMember = withAdmin("team.invite", async (admin, formData: FormData) => {
  const input = await inviteSchema.validate({ email: formData.get("email") });
  const token = generateToken();
  // ok: mass-assignment
  await db.insertInto("invites").values({ org_id: admin.orgId, email: input.email, role: "member", token, invited_by: admin.id, expires_at: new Date(Date.now() + 7 * 86_400_000) }).execute();
  await sendMail(input.email, `${admin.name ?? "A teammate"} invited you to Ledgerly`, `<p><a href="${process.env.APP_URL}/invite/accept?token=${token}">Join the workspace</a></p>`);
  revalidatePath("/settings/team");
  return { ok: true };
});

// ok: missing-rate-limit, missing-input-validation
export const resendInvite = withThrottledUser("invite-resend", 10, async (user, inviteId: string) => {
  if (!isUuid(inviteId)) throw new Error("Invalid invite");
  const invite = await db.selectFrom("invites").select(["id", "email", "token"]).where("id", "=", inviteId).where("org_id", "=", user.orgId).executeTakeFirst();
  if (!invite) return { ok: false };
  await sendMail(invite.email, "Reminder: you're invited to Ledgerly", `<p><a href="${process.env.APP_URL}/invite/accept?token=${invite.token}">Join the workspace</a></p>`);
  return { ok: true };
});

const acceptSchema = z.object({
  inviteId: z.string().uuid(),
  token: z.string().min(20).max(100),
  name: z.string().trim().min(1).max(80),
  password: z.string().min(12).max(200),
  role: z.enum(["admin", "member"]).default("member"),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function acceptInvite(_prev: unknown, formData: FormData) {
  const parsed = acceptSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form and try again." };

  const invite = await db.selectFrom("invites").select(["id", "org_id", "email", "token", "expires_at"]).where("id", "=", parsed.data.inviteId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!invite || invite.token !== parsed.data.token || new Date(invite.expires_at) < new Date()) {
    return { error: "This invitation is no longer valid. Ask for a new one." };
  }

  const { token: _token, inviteId: _inviteId, password, ...profile } = parsed.data;
  // ruleid: mass-assignment
  const user = await db.insertInto("users").values({ ...profile, email: invite.email, org_id: invite.org_id, password_hash: await bcrypt.hash(password, 12) }).returning(["id", "role"]).executeTakeFirstOrThrow();
  await db.deleteFrom("invites").where("id", "=", invite.id).execute();
  await recordAudit({ action: "team.invite_accepted", actorId: user.id, orgId: invite.org_id, metadata: { role: user.role } });
  await createSession(user.id, invite.org_id, user.role);
  redirect("/dashboard");
}

// ok: missing-audit-log, missing-authorization
export const removeMember = withAdmin("team.remove_member", async (admin, memberId: string) => {
  if (typeof memberId !== "string" || !UUID_RE.test(memberId)) throw new Error("Invalid member");
  if (memberId === admin.id) throw new Error("You can't remove yourself.");
  await db.deleteFrom("users").where("id", "=", memberId).where("org_id", "=", admin.orgId).where("role", "!=", "owner").execute();
  revalidatePath("/settings/team");
  return { ok: true };
});

// ruleid: missing-audit-log
// ok: missing-authorization
export async function promoteToAdmin(memberId: string) {
  const user = await requireUser();
  // ok: floating-auth-check
  if (!hasRole(user, "owner")) throw new Error("Only the workspace owner can promote members.");
  if (typeof memberId !== "string" || !UUID_RE.test(memberId)) throw new Error("Invalid member");
  // ok: mass-assignment
  await db.updateTable("users").set({ role: "admin" }).where("id", "=", memberId).where("org_id", "=", user.orgId).execute();
  revalidatePath("/settings/team");
}

export async function demoteToMember(memberId: string) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!isOrgAdmin(session.userId, session.orgId)) throw new Error("Only admins can change roles.");
  if (typeof memberId !== "string" || !UUID_RE.test(memberId)) throw new Error("Invalid member");
  // ruleid: missing-authorization
  await db.updateTable("users").set({ role: "member" }).where("id", "=", memberId).where("role", "!=", "owner").execute();
  await recordAudit({ action: "team.role_changed", actorId: session.userId, orgId: session.orgId, target: memberId, metadata: { role: "member" } });
  revalidatePath("/settings/team");
}

// ok: missing-audit-log, missing-authorization, missing-input-validation
export async function transferOwnership(newOwnerId: string) {
  const session = await verifySession();
  // ok: floating-auth-check
  if (!(await isOrgAdmin(session.userId, session.orgId)) || session.role !== "owner") throw new Error("Only the owner can transfer the workspace.");
  if (!isUuid(newOwnerId)) throw new Error("Invalid member");
  const target = await db.selectFrom("users").select(["id", "org_id"]).where("id", "=", newOwnerId).executeTakeFirst();
  if (!target || target.org_id !== session.orgId) throw new Error("That person isn't in this workspace.");
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ role: "owner" }).where("id", "=", target.id).execute();
    await trx.updateTable("users").set({ role: "admin" }).where("id", "=", session.userId).execute();
  });
  await recordAudit({ action: "team.ownership_transferred", actorId: session.userId, orgId: session.orgId, target: target.id });
}

export const listMembers = withUser(async (user) => {
  // ruleid: excessive-data-exposure
  return db.selectFrom("users").selectAll().where("org_id", "=", user.orgId).orderBy("created_at").execute();
});

export const listMemberDirectory = withUser(async (user) => {
  // ok: excessive-data-exposure
  return db.selectFrom("users").select(["id", "name", "email", "role"]).where("org_id", "=", user.orgId).orderBy("name").execute();
});
