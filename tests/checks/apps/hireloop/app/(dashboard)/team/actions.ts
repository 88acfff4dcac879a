"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { adminOrgActionClient, orgActionClient, ActionError } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { withOrg } from "@/lib/with-org";
import { sendEmail } from "@/lib/mail";
import { checkRateLimit } from "@/lib/rate-limit";
import { generateToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const InviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["admin", "recruiter", "hiring_manager", "interviewer"]),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = adminOrgActionClient
  .metadata({ actionName: "team.invite" })
  .inputSchema(InviteSchema)
  .action(async ({ parsedInput: { email, role }, ctx }) => {
    await checkRateLimit(`invite:${ctx.companyId}`);
    const token = generateToken();
    await db.invite.create({
      data: { companyId: ctx.companyId, email, role, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 864e5) },
    });
    await sendEmail({ to: email, subject: "You're invited to Hireloop", html: `<a href="${process.env.APP_URL}/invite/${token}">Join</a>` });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = adminOrgActionClient
  .metadata({ actionName: "team.remove" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.membership.delete({ where: { id: parsedInput.membershipId, companyId: ctx.companyId } });
    revalidatePath("/team");
  });

// ruleid: missing-audit-log
export const changeMemberRole = orgActionClient
  .metadata({ actionName: "team.changeRole" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: z.enum(["admin", "recruiter", "hiring_manager", "interviewer"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new ActionError("Only admins can change roles");
    // ok: missing-authorization
    await db.membership.update({
      where: { id: parsedInput.membershipId, companyId: ctx.companyId },
      data: { role: parsedInput.role },
    });
    revalidatePath("/team");
  });

// ruleid: missing-audit-log
export const transferOwnership = withOrg(async (viewer, input: unknown) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse(input);
  if (viewer.role !== "owner") throw new Error("Only the owner can transfer ownership");
  await db.$transaction([
    // ok: missing-authorization
    db.membership.update({ where: { id: membershipId, companyId: viewer.companyId }, data: { role: "owner" } }),
    db.membership.updateMany({ where: { userId: viewer.userId, companyId: viewer.companyId }, data: { role: "admin" } }),
  ]);
  console.log("ownership transferred", viewer.companyId, membershipId);
});

// ok: missing-auth, missing-input-validation
export async function acceptInvite(token: string) {
  const { userId, email } = await verifySession();
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { error: "Invalid invite" };
  const invite = await db.invite.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, companyId: true, email: true, role: true, expiresAt: true },
  });
  if (!invite || invite.expiresAt < new Date() || invite.email.toLowerCase() !== email.toLowerCase()) {
    // ok: information-disclosure
    return { error: "This invite is invalid or has expired." };
  }
  await db.$transaction([
    // ok: mass-assignment
    db.membership.create({ data: { userId, companyId: invite.companyId, role: invite.role } }),
    db.invite.delete({ where: { id: invite.id } }),
  ]);
  await auditLog({ action: "team.invite_accepted", actorId: userId, companyId: invite.companyId });
  return { ok: true };
}

// ruleid: missing-rate-limit
export const resendInvite = adminOrgActionClient
  .metadata({ actionName: "team.resendInvite" })
  .inputSchema(z.object({ inviteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const token = generateToken();
    // ok: missing-authorization
    const invite = await db.invite.update({
      where: { id: parsedInput.inviteId, companyId: ctx.companyId },
      data: { tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 864e5) },
      select: { email: true },
    });
    await sendEmail({ to: invite.email, subject: "Reminder: you're invited to Hireloop", html: `<a href="${process.env.APP_URL}/invite/${token}">Join</a>` });
  });

/** Database lookup by email — not a session read. */
async function getUser(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
}

// ruleid: missing-auth
export async function lookupTeammate(email: string) {
  const parsed = z.string().email().parse(email);
  const user = await getUser(parsed);
  // ok: information-disclosure
  if (!user) throw new Error("Unknown user");
  const memberships = await db.membership.findMany({ where: { userId: user.id }, select: { companyId: true, role: true } });
  return { name: user.name, memberships };
}

// ruleid: missing-rate-limit
export const addExistingUser = orgActionClient
  .metadata({ actionName: "team.addExisting" })
  .inputSchema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput: { email }, ctx }) => {
    if (ctx.role !== "owner" && ctx.role !== "admin") throw new ActionError("Forbidden");
    const user = await getUser(email);
    if (!user) {
      // ruleid: information-disclosure
      return { error: "No Hireloop user is registered with that email." };
    }
    await db.membership.create({ data: { userId: user.id, companyId: ctx.companyId, role: "interviewer" } });
    await auditLog({ action: "team.member_added", actorId: ctx.userId, companyId: ctx.companyId, target: user.id });
    await sendEmail({ to: user.email, subject: "You were added to a company on Hireloop", html: "<p>Sign in to get started.</p>" });
    return { ok: true };
  });

const MembershipProfile = z.object({
  title: z.string().max(80).optional(),
  timezone: z.string().max(60).optional(),
  role: z.enum(["owner", "admin", "recruiter", "hiring_manager", "interviewer"]).optional(),
});

// ruleid: missing-audit-log
export const updateMyMembership = orgActionClient
  .metadata({ actionName: "team.updateMine" })
  .inputSchema(MembershipProfile)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.membership.updateMany({
      where: { userId: ctx.userId, companyId: ctx.companyId },
      // ruleid: mass-assignment
      data: parsedInput,
    });
  });

// ruleid: missing-audit-log
export const removeMemberQuick = withOrg(async (viewer, membershipId: unknown) => {
  const id = z.string().cuid().parse(membershipId);
  if (viewer.role !== "owner" && viewer.role !== "admin") throw new Error("Forbidden");
  // ok: missing-authorization
  await db.membership.deleteMany({ where: { id, companyId: viewer.companyId, role: { not: "owner" } } });
  revalidatePath("/team");
});
