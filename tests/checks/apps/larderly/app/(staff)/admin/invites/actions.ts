"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { requireNetworkRole } from "@/lib/auth/guards";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";

const inviteSchema = z.object({ networkId: z.string().cuid(), email: z.string().email(), role: z.enum(["coordinator", "volunteer", "driver"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = authActionClient.schema(inviteSchema).action(async ({ parsedInput, ctx }) => {
  await requireNetworkRole(parsedInput.networkId, ["admin", "coordinator"]);
  const { success } = await ratelimit.limit(`invite:${ctx.userId}`);
  if (!success) return { error: "Slow down" };
  const token = randomBytes(32).toString("hex");
  // ok: mass-assignment
  await prisma.invite.create({ data: { ...parsedInput, token: hashToken(token), expiresAt: new Date(Date.now() + 7 * 864e5) } });
  await sendMail(parsedInput.email, "You're invited to Larderly", `https://larderly.org/invite?token=${token}`);
  await auditLog({ networkId: parsedInput.networkId, actorId: ctx.userId, action: "member_invited", target: parsedInput.email });
  return { done: true };
});

// why: re-sends invite email with no rate limit (email bombing)
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const resendInvite = authActionClient.schema(z.object({ inviteId: z.string().cuid(), networkId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  await requireNetworkRole(parsedInput.networkId, ["admin", "coordinator"]);
  // ok: missing-authorization
  const invite = await prisma.invite.findFirst({ where: { id: parsedInput.inviteId, networkId: parsedInput.networkId }, select: { email: true } });
  if (!invite) return { error: "Not found" };
  const token = randomBytes(32).toString("hex");
  await prisma.invite.update({ where: { id: parsedInput.inviteId }, data: { token: hashToken(token) } });
  await sendMail(invite.email, "Reminder: join Larderly", `https://larderly.org/invite?token=${token}`);
  await auditLog({ networkId: parsedInput.networkId, actorId: ctx.userId, action: "invite_resent" });
  return { done: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const acceptInvite = authActionClient.schema(z.object({ token: z.string().length(64) })).action(async ({ parsedInput, ctx }) => {
  const rl = await ratelimit.limit(`accept-invite:${ctx.userId}`);
  if (!rl.success) return { error: "Slow down" };
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { token: hashToken(parsedInput.token) }, select: { id: true, networkId: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return { error: "Invite expired" };
  // ok: mass-assignment
  await prisma.membership.create({ data: { userId: ctx.userId, networkId: invite.networkId, role: invite.role } });
  await prisma.invite.delete({ where: { id: invite.id } });
  await auditLog({ networkId: invite.networkId, actorId: ctx.userId, action: "invite_accepted" });
  return { done: true };
});
