"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { requireRole, verifySession } from "@/lib/dal";
import { adminActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";

const Role = z.enum(["admin", "claims_manager", "adjuster", "underwriter", "finance", "auditor", "viewer"]);

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = adminActionClient
  .inputSchema(z.object({ email: z.string().email(), role: Role }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByIp("team-invite", 20);
    const token = newToken();
    await prisma.invite.create({
      data: { tenantId: ctx.tenantId, email: parsedInput.email, role: parsedInput.role, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 86_400_000) },
    });
    await sendEmail(parsedInput.email, "Join your team on Claimdesk", `<a href="https://app.claimdesk.io/invite/${token}">Accept invite</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendInvite(inviteId: string) {
  const ctx = await requireRole("owner", "admin");
  const id = z.string().cuid().parse(inviteId);
  const invite = await prisma.invite.findFirst({ where: { id, tenantId: ctx.tenantId, acceptedAt: null }, select: { id: true, email: true } });
  if (!invite) return { error: "Invite not found" };
  const token = newToken();
  await prisma.invite.update({ where: { id: invite.id }, data: { tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 86_400_000) } });
  await sendEmail(invite.email, "Reminder: join your team on Claimdesk", `<a href="https://app.claimdesk.io/invite/${token}">Accept invite</a>`);
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: "invite.resend", target: invite.id });
  return { ok: true };
}

// Members table "role" dropdown (older than the console's changeMemberRole)
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setMemberRole(_prev: unknown, formData: FormData) {
  const ctx = await requireRole("owner", "admin");
  const { userId, role } = z.object({ userId: z.string().cuid(), role: Role }).parse(Object.fromEntries(formData));
  if (userId === ctx.userId) return { error: "You cannot change your own role" };
  // ok: missing-authorization
  await prisma.membership.update({ where: { userId_tenantId: { userId, tenantId: ctx.tenantId } }, data: { role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeMember(userId: string) {
  const ctx = await requireRole("owner", "admin");
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_tenantId: { userId: id, tenantId: ctx.tenantId } } });
  await logSecurityEvent("member.removed", ctx.userId, { tenantId: ctx.tenantId, target: id });
}

// Ownership transfer asks the current owner to re-enter their password.
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function transferOwnership(_prev: unknown, formData: FormData) {
  const ctx = await requireRole("owner");
  if (!(await checkRateLimit(`transfer:${ctx.userId}`))) return { error: "Too many attempts" };
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1).max(200) }).parse(Object.fromEntries(formData));
  const me = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!me?.passwordHash || !(await bcrypt.compare(password, me.passwordHash))) return { error: "Incorrect password" };
  const target = await prisma.user.findFirst({ where: { email, memberships: { some: { tenantId: ctx.tenantId } } }, select: { id: true } });
  // ruleid: information-disclosure
  if (!target) return { error: "No team member with that e-mail" };
  await prisma.$transaction([
    prisma.membership.update({ where: { userId_tenantId: { userId: target.id, tenantId: ctx.tenantId } }, data: { role: "owner" } }),
    prisma.membership.update({ where: { userId_tenantId: { userId: ctx.userId, tenantId: ctx.tenantId } }, data: { role: "admin" } }),
  ]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listMembers() {
  const { userId } = await verifySession();
  const m = await prisma.membership.findFirst({ where: { userId }, select: { tenantId: true } });
  if (!m) return [];
  const rows = await prisma.membership.findMany({ where: { tenantId: m.tenantId }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return rows;
}
