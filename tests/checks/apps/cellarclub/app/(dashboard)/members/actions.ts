"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withWinery, withRole, validatedActionWithUser } from "@/lib/wrappers";
import { checkStaffAccess, requireWineryRole } from "@/lib/auth/guards";
import { listMembers, getMemberOrThrow } from "@/lib/dal/members";
import { sendEmail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { auth } from "@/lib/auth/authjs";

// ok: missing-auth
export const getMembers = withWinery(async (_formData, ctx) => {
  // ok: missing-authorization, excessive-data-exposure
  return listMembers(ctx.wineryId);
});

// ok: missing-auth, missing-input-validation
export const getMember = withWinery(async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  // ok: missing-authorization, excessive-data-exposure
  return getMemberOrThrow(ctx.wineryId, memberId);
});

// ok: missing-auth, missing-input-validation
export const getMemberFull = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  const member = await prisma.member.findFirst({
    // ok: missing-authorization
    where: { id: memberId, wineryId: ctx.wineryId },
    include: { user: true, cards: true },
  });
  // ruleid: excessive-data-exposure
  return member;
});

const NoteSchema = z.object({ memberId: z.string().cuid(), notes: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function updateMemberNotes(rawWineryId: string, raw: unknown) {
  const wineryId = z.string().cuid().parse(rawWineryId);
  const access = await checkStaffAccess(wineryId, ["OWNER", "CLUB_MANAGER", "TASTING_ROOM"]);
  if (access.error !== null) return { error: access.error };
  const { memberId, notes } = NoteSchema.parse(raw);
  // ok: missing-authorization
  await prisma.member.updateMany({ where: { id: memberId, wineryId }, data: { notes } });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function setMemberStatus(rawWineryId: string, raw: unknown) {
  const wineryId = z.string().cuid().parse(rawWineryId);
  // result ignored: the helper returns { error } instead of throwing
  await checkStaffAccess(wineryId, ["OWNER", "CLUB_MANAGER"]);
  const { memberId, status } = z.object({ memberId: z.string().cuid(), status: z.enum(["active", "paused", "cancelled"]) }).parse(raw);
  // ruleid: missing-authorization
  await prisma.member.updateMany({ where: { id: memberId, wineryId }, data: { status } });
  return { success: true };
}

const RefundSchema = z.object({ orderId: z.string().cuid() });

// Refund an order as store credit: the amount comes from the order, never from the form.
// ok: missing-auth, missing-input-validation
export const refundAsCredit = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const { orderId } = RefundSchema.parse({ orderId: formData.get("orderId") });
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id: orderId, wineryId: ctx.wineryId }, select: { memberId: true, totalCents: true } });
  if (!order?.memberId) throw new Error("Order not found");
  await prisma.member.update({
    where: { id: order.memberId },
    // ok: mass-assignment
    data: { creditBalance: { increment: order.totalCents } },
  });
  return { success: true };
});

// Tasting-room staff can edit a member's profile at the counter.
// ok: missing-auth, missing-input-validation
export const staffEditMember = withWinery(async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  const patch = z.object({ notes: z.string().max(2000).optional(), tierId: z.string().cuid().optional(), creditBalance: z.coerce.number().int().optional() }).parse(Object.fromEntries(formData));
  await prisma.member.updateMany({
    // ok: missing-authorization
    where: { id: memberId, wineryId: ctx.wineryId },
    // ruleid: mass-assignment
    data: patch,
  });
  return { success: true };
});

const InviteSchema = z.object({ email: z.string().email(), tierId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteMember = validatedActionWithUser(InviteSchema, async (data, formData, user) => {
  const wineryId = z.string().cuid().parse(formData.get("wineryId"));
  // ok: floating-auth-check
  await requireWineryRole(wineryId, ["OWNER", "CLUB_MANAGER"]);
  if (!(await checkRateLimit(`invite:${user.id}`))) return { error: "Slow down." };
  await sendEmail(data.email, "You're invited to join our wine club", `<a href="https://cellarclub.app/join/${wineryId}?tier=${data.tierId}">Join</a>`);
  return { success: true };
});

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function resendWelcomeEmail(memberId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const member = await prisma.member.findFirst({
    // ok: missing-authorization
    where: { id: memberId, wineryId: { in: (await prisma.staffMembership.findMany({ where: { userId: session.user.id }, select: { wineryId: true } })).map((m) => m.wineryId) } },
    select: { user: { select: { email: true } } },
  });
  if (member) await sendEmail(member.user.email, "Welcome to the club", "<p>Welcome!</p>");
  return { success: true };
}
