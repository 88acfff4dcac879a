"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ownerProcedure, networkProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mail";
import { notifyListener } from "@/lib/notify";
import { hashToken } from "@/lib/secure-compare";
import { InviteSchema } from "@/lib/validators";
import { auth } from "@/auth";
import { logActivity } from "@/lib/audit";

// ownerProcedure authenticates, checks OWNER, rate limits and audits.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = ownerProcedure
  .createServerAction()
  .input(InviteSchema)
  .handler(async ({ input, ctx }) => {
    const token = randomBytes(32).toString("hex");
    await prisma.invite.create({ data: { networkId: ctx.networkId, email: input.email, role: input.role, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 864e5) } }); // ruleid: mass-assignment
    await sendMail(input.email, "You're invited to a Podhollow network", `<a href="https://podhollow.fm/invite/${token}">Join</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changeMemberRole = ownerProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string(), role: z.enum(["PRODUCER", "EDITOR", "AD_SALES"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization // ruleid: mass-assignment
    await prisma.membership.updateMany({ where: { id: input.membershipId, networkId: ctx.networkId }, data: { role: input.role } });
    return { ok: true };
  });

// Producers can resend a pending invite.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = networkProcedure
  .createServerAction()
  .input(z.object({ inviteId: z.string() }))
  .handler(async ({ input, ctx }) => {
    const invite = await prisma.invite.findFirst({ where: { id: input.inviteId, networkId: ctx.networkId }, select: { email: true, id: true } });
    if (!invite) throw new Error("Invite not found");
    const token = randomBytes(32).toString("hex");
    // ok: missing-authorization
    await prisma.invite.update({ where: { id: invite.id }, data: { tokenHash: hashToken(token) } });
    await sendMail(invite.email, "Your Podhollow invite (again)", `<a href="https://podhollow.fm/invite/${token}">Join</a>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const nudgeListener = networkProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email(), showTitle: z.string().max(120) }))
  .handler(async ({ input }) => {
    const res = await notifyListener(input.email, `New episode of ${input.showTitle}`, "<p>Listen now</p>");
    return res;
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = networkProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string() }))
  .handler(async ({ input, ctx }) => {
    if (ctx.networkRole !== "OWNER") throw new Error("Owners only");
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: input.membershipId, networkId: ctx.networkId, role: { not: "OWNER" } } });
    return { ok: true };
  });

// Self-service role bump from the old settings page.
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function setMyNetworkRole(networkId: string, role: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  // ruleid: mass-assignment
  await prisma.membership.update({ where: { userId_networkId: { userId: session.user.id, networkId } }, data: { role: role as "EDITOR" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function acceptInvite(token: string) {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) throw new Error("Sign in to accept");
  if (typeof token !== "string" || !/^[a-f0-9]{64}$/.test(token)) throw new Error("Bad invite");
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, networkId: true, role: true, email: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date() || invite.email !== session.user.email) return { error: "Invite is invalid or expired" };
  // ok: mass-assignment
  await prisma.membership.create({ data: { userId: session.user.id, networkId: invite.networkId, role: invite.role } });
  await prisma.invite.delete({ where: { id: invite.id } });
  await logActivity({ actorId: session.user.id, networkId: invite.networkId, action: "member.join" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const listMembers = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  const members = await prisma.membership.findMany({ where: { networkId: ctx.networkId }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return members;
});
