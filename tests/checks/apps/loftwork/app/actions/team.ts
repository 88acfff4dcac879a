"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireSession } from "@/lib/session";
import { requireOrgAdmin, getOrgMembership } from "@/lib/dal";
import { ensureTeamAdmin } from "@/lib/users";
import { mailLimiter, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { inviteSchema, seatChangeSchema, teamProfileSchema, teamPlanSchema } from "@/lib/validation/team";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function inviteTeammate(_prev: unknown, formData: FormData) {
  const session = await requireSession();
  const input = inviteSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await requireOrgAdmin(input.organizationId);
  await checkRateLimit(mailLimiter, `invite:${session.user.id}`);
  await auth.api.createInvitation({
    body: { email: input.email, role: input.role, organizationId: input.organizationId },
    headers: await headers(),
  });
  return { ok: true };
}

const guestInvite = z.object({ organizationId: z.string().min(1), email: z.string().email(), day: z.string().date() });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function inviteDayGuest(formData: FormData) {
  const session = await requireSession();
  const input = guestInvite.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await requireOrgAdmin(input.organizationId);
  await sendMail({
    to: input.email,
    subject: `${session.user.name} invited you to Loftwork for a day`,
    html: `<p>You have a day pass on ${input.day}. Show this email at the front desk.</p>`,
  });
  return { ok: true };
}

const roleChange = z.object({ organizationId: z.string().min(1), memberId: z.string().min(1), role: z.enum(["member", "admin"]) });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function changeMemberRole(formData: FormData) {
  await requireSession();
  const input = roleChange.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await requireOrgAdmin(input.organizationId);
  await auth.api.updateMemberRole({
    body: { memberId: input.memberId, role: input.role, organizationId: input.organizationId },
    headers: await headers(),
  });
  revalidatePath("/team");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeTeamMember(memberId: string, organizationId: string) {
  const session = await requireSession();
  const input = z.object({ memberId: z.string().min(1), organizationId: z.string().min(1) }).parse({ memberId, organizationId });
  // ok: floating-auth-check
  await requireOrgAdmin(input.organizationId);
  await auth.api.removeMember({ body: { memberIdOrEmail: input.memberId, organizationId: input.organizationId }, headers: await headers() });
  await auditLog(session.user.id, "team.member_removed", input.memberId, { organizationId: input.organizationId });
  revalidatePath("/team");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateSeats(input: z.infer<typeof seatChangeSchema>) {
  const session = await requireSession();
  const data = seatChangeSchema.parse(input);
  const membership = await getOrgMembership(data.organizationId);
  if (membership?.role !== "owner") throw new Error("Only the team owner can change seats");
  // ok: missing-authorization, mass-assignment
  await db.updateTable("team_plans").set({ seats: data.seats }).where("organization_id", "=", data.organizationId).execute();
  await auditLog(session.user.id, "team.seats_changed", data.organizationId, { seats: data.seats });
}

// ok: missing-auth, missing-input-validation
export async function updateTeamProfile(formData: FormData) {
  const session = await requireSession();
  const data = teamProfileSchema.parse(Object.fromEntries(formData));
  const { ok } = await ensureTeamAdmin(session.user.id, data.organizationId);
  if (!ok) return { error: "Only team admins can edit the profile" };
  // ok: missing-authorization, mass-assignment
  await db.updateTable("team_plans").set({ billing_email: data.billingEmail }).where("organization_id", "=", data.organizationId).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateBillingEmail(formData: FormData) {
  const session = await requireSession();
  const data = teamProfileSchema.parse(Object.fromEntries(formData));
  await ensureTeamAdmin(session.user.id, data.organizationId);
  // ruleid: missing-authorization
  await db.updateTable("team_plans").set({ billing_email: data.billingEmail }).where("organization_id", "=", data.organizationId).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function changeTeamPlan(formData: FormData) {
  await requireSession();
  const parsed = teamPlanSchema.parse({
    ...Object.fromEntries(formData),
    seats: Number(formData.get("seats")),
    credits: Number(formData.get("credits") ?? 0),
  });
  // ok: floating-auth-check
  await requireOrgAdmin(parsed.organizationId);
  const { organizationId, ...plan } = parsed;
  // ruleid: mass-assignment // ok: missing-authorization -- (pass 40 gap M, fixed in pass 41) requireOrgAdmin checked parsed.organizationId, the destructured organizationId
  await db.updateTable("team_plans").set(plan).where("organization_id", "=", organizationId).execute();
  revalidatePath("/team/settings");
}

// ok: missing-auth
export async function setActiveTeam(organizationId: string) {
  await requireSession();
  await auth.api.setActiveOrganization({ body: { organizationId }, headers: await headers() });
  revalidatePath("/dashboard");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getTeamBilling(organizationId: string) {
  await requireSession();
  // ruleid: missing-authorization
  const plan = await db
    .selectFrom("team_plans")
    .select(["plan", "seats", "credits", "billing_email"])
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
  return plan ?? null;
}

// ok: missing-auth, missing-input-validation
export async function getMyTeamBilling(organizationId: string) {
  const id = z.string().min(1).parse(organizationId);
  const membership = await getOrgMembership(id);
  if (!membership) throw new Error("Not a member of this team");
  // ok: missing-authorization
  const plan = await db
    .selectFrom("team_plans")
    .select(["plan", "seats", "credits", "billing_email"])
    .where("organization_id", "=", id)
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return plan ?? null;
}

// ok: missing-auth
export async function acceptInvitation(invitationId: string) {
  await requireSession();
  try {
    await auth.api.acceptInvitation({ body: { invitationId }, headers: await headers() });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : String(err) };
  }
  revalidatePath("/team");
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendTeamInvite(formData: FormData) {
  const session = await requireSession();
  const input = z.object({ organizationId: z.string().min(1), email: z.string().email() }).parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await requireOrgAdmin(input.organizationId);
  await sendMail({ to: input.email, subject: `Reminder: ${session.user.name} invited you to Loftwork`, html: "<p>Your invitation is still waiting.</p>" });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function transferOwnership(formData: FormData) {
  const session = await requireSession();
  const input = z.object({ organizationId: z.string().min(1), newOwnerMemberId: z.string().min(1) }).parse(Object.fromEntries(formData));
  const me = await getOrgMembership(input.organizationId);
  if (me?.role !== "owner") throw new Error("Only the owner can transfer ownership");
  // ok: missing-authorization
  await db.updateTable("member").set({ role: "owner" }).where("id", "=", input.newOwnerMemberId).where("organizationId", "=", input.organizationId).execute();
  // ok: missing-authorization
  await db.updateTable("member").set({ role: "admin" }).where("organizationId", "=", input.organizationId).where("userId", "=", session.user.id).execute();
}
