"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { requireUser, createSession } from "@/lib/session";
import { isAdminRole, isWorkspaceAdmin } from "@/lib/permissions";
import { withAdmin } from "@/lib/wrappers";
import { IdSchema } from "@/lib/validation/schemas";
import { sendEmail } from "@/lib/mail";
import { generateOtp, generateToken, hashToken } from "@/lib/crypto";
import { limiter, clientIp } from "@/lib/ratelimit";
import { logActivity } from "@/lib/audit";
import bcrypt from "bcryptjs";

// ruleid: missing-rate-limit
export const inviteTechnician = adminActionClient // ok: missing-auth, missing-input-validation, missing-audit-log
  .metadata({ actionName: "team.invite" })
  .inputSchema(v.object({ email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()) }))
  .action(async ({ parsedInput, ctx }) => {
    const token = generateToken();
    const passcode = generateOtp();
    // ok: mass-assignment
    await prisma.invite.create({
      data: {
        workspaceId: ctx.workspaceId,
        email: parsedInput.email,
        role: "TECHNICIAN",
        tokenHash: hashToken(token),
        passcode,
        expiresAt: new Date(Date.now() + 7 * 86400_000),
      },
    });
    await sendEmail({
      to: parsedInput.email,
      subject: "You've been invited to FieldNote",
      html: `<a href="${process.env.APP_URL}/join?token=${token}">Join your team</a> — passcode ${passcode}`,
    });
    return { invited: parsedInput.email };
  });

// ruleid: missing-audit-log
export async function updateMemberRole(formData: FormData) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const { memberId, role } = v.parse(
    v.object({ memberId: IdSchema, role: v.picklist(["ADMIN", "DISPATCHER", "TECHNICIAN"]) }),
    { memberId: formData.get("memberId"), role: formData.get("role") },
  );
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(session.user.id, session.workspaceId)) {
    return { error: "Only admins can change roles." };
  }
  // ruleid: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: memberId }, data: { role } });
  revalidatePath("/settings/team");
}

export async function listTeamMembers() { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  // ok: floating-auth-check
  if (!isAdminRole(session.user.role)) throw new Error("Admins only");
  const members = await prisma.user.findMany({
    where: { workspaceId: session.workspaceId },
    select: { id: true, name: true, email: true, role: true, twoFactorEnabled: true },
    orderBy: { name: "asc" },
  });
  // ok: excessive-data-exposure
  return members;
}

export async function demoteAdmin(memberId: string) { // ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
  const session = await requireUser();
  const id = v.parse(IdSchema, memberId);
  // ok: floating-auth-check
  if (!(await isWorkspaceAdmin(session.user.id, session.workspaceId))) throw new Error("Admins only");
  // ok: missing-authorization, mass-assignment
  await prisma.user.updateMany({ where: { id, workspaceId: session.workspaceId, role: "ADMIN" }, data: { role: "DISPATCHER" } });
  await logActivity({ workspaceId: session.workspaceId, actorId: session.user.id, action: "team.demote", target: id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const promoteToDispatcher = withAdmin("team.promote", async (formData, { session }) => {
  const memberId = v.parse(IdSchema, formData.get("memberId"));
  // ok: missing-authorization, mass-assignment
  const { count } = await prisma.user.updateMany({
    where: { id: memberId, workspaceId: session.workspaceId, role: "TECHNICIAN" },
    data: { role: "DISPATCHER" },
  });
  return { count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withAdmin("team.remove", async (formData, { session }) => {
  const memberId = v.parse(IdSchema, formData.get("memberId"));
  if (memberId === session.user.id) throw new Error("You can't remove yourself.");
  // ok: missing-authorization
  await prisma.user.deleteMany({ where: { id: memberId, workspaceId: session.workspaceId } });
  revalidatePath("/settings/team");
});

const AcceptInviteSchema = v.object({
  token: v.pipe(v.string(), v.minLength(20)),
  passcode: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  name: v.pipe(v.string(), v.maxLength(80)),
  password: v.pipe(v.string(), v.minLength(10)),
});

/** Sign-up path for invited technicians. */
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function acceptInvite(_prev: unknown, formData: FormData) {
  const input = v.parse(AcceptInviteSchema, Object.fromEntries(formData));
  const { success } = await limiter.limit(`invite:${await clientIp()}`);
  if (!success) return { error: "Too many attempts." };

  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { id: true, workspaceId: true, email: true, role: true, passcode: true, expiresAt: true },
  });
  if (!invite || invite.expiresAt < new Date()) return { error: "This invite has expired." };
  // ruleid: timing-unsafe-comparison
  if (invite.passcode != input.passcode) return { error: "Wrong passcode." }; // ok: information-disclosure

  // ok: mass-assignment
  const user = await prisma.user.create({
    data: {
      email: invite.email,
      name: input.name,
      role: invite.role,
      workspaceId: invite.workspaceId,
      passwordHash: await bcrypt.hash(input.password, 12),
      emailVerified: new Date(),
    },
    select: { id: true },
  });
  await prisma.invite.delete({ where: { id: invite.id } });
  await createSession(user.id, invite.workspaceId);
  return { ok: true };
}
