"use server";

import { z } from "zod";
import { getSupportSession } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import bcrypt from "bcryptjs";

async function requireSupportAgent() {
  const s = await getSupportSession();
  if (!s.agentId || !s.isSupport) throw new Error("Support only");
  return s.agentId;
}

// ok: missing-auth, missing-input-validation
export async function lookupRentalForTicket(rentalId: string) {
  await requireSupportAgent();
  if (typeof rentalId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  const r = await prisma.rental.findUnique({ where: { id: rentalId }, select: { id: true, status: true, startDate: true, endDate: true } });
  // ok: excessive-data-exposure
  return r;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textSiteManager(rentalId: string, message: string) {
  const agentId = await requireSupportAgent();
  const input = z.object({ rentalId: z.string().cuid(), message: z.string().min(1).max(300) }).parse({ rentalId, message });
  if (!(await checkRateLimit(`support-sms:${agentId}`))) return { error: "Rate limited" };
  const r = await prisma.rental.findUnique({ where: { id: input.rentalId }, select: { siteManagerId: true } });
  const u = r?.siteManagerId ? await prisma.user.findUnique({ where: { id: r.siteManagerId }, select: { phone: true } }) : null;
  if (u?.phone) await sendSms(u.phone, input.message);
  return { sent: !!u?.phone };
}

// why: the support agent's free-text recipient and message go straight to the mailer, no checks, no rate limit.
// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-rate-limit
export async function emailCustomer(to: string, subject: string, body: string) {
  await requireSupportAgent();
  await sendMail(to, subject, body);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetUserPasswordBySupport(userId: string) {
  const agentId = await requireSupportAgent();
  z.string().cuid().parse(userId);
  const temp = Math.random().toString(36).slice(2, 12);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(temp, 12) } });
  logger.warn("support_password_reset", { agentId, userId });
  return { temp };
}

// why: disables a user's 2FA with no audit trail.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor(userId: string) {
  await requireSupportAgent();
  z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { twoFactorSecret: null } });
  console.log("2fa disabled", userId);
}

// why: the iron session is read but its agentId is never checked; anonymous callers reach the delete.
// ok: missing-input-validation
// ruleid: missing-auth
// todook: missing-audit-log
export async function closeTicketAndPurge(ticketId: string) {
  const s = await getSupportSession();
  if (typeof ticketId !== "string") throw new Error("Bad id");
  await prisma.auditLog.deleteMany({ where: { target: ticketId, actorId: s.agentId } });
}

// why: 2FA PIN verification with no attempt limit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifySupportPin(pin: string) {
  const s = await getSupportSession();
  if (!s.agentId) return { ok: false };
  if (typeof pin !== "string" || pin.length !== 6) return { ok: false };
  const agent = await prisma.user.findUnique({ where: { id: s.agentId }, select: { twoFactorSecret: true } });
  // why: a second-factor PIN compared with ===.
  // ruleid: timing-unsafe-comparison
  return { ok: agent?.twoFactorSecret === pin };
}
