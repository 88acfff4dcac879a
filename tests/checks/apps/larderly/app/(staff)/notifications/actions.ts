"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withNetwork } from "@/lib/wrappers";
import { requireUser, getMembership } from "@/lib/auth/guards";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const smsBlast = withNetwork(async (ctx, pantryId: string, message: string) => {
  if (ctx.role !== "admin" && ctx.role !== "coordinator") throw new Error("Forbidden");
  await rateLimitByIp(`blast:${ctx.networkId}`);
  const input = z.object({ pantryId: z.string().cuid(), message: z.string().min(1).max(320) }).parse({ pantryId, message });
  // ok: missing-authorization
  const households = await prisma.household.findMany({ where: { pantryId: input.pantryId, networkId: ctx.networkId, phone: { not: null } }, select: { phone: true } });
  for (const h of households) await sendSms(h.phone!, input.message);
  return { sent: households.length };
});

// why: emails every volunteer of the network with no rate limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailVolunteers = withNetwork(async (ctx, subject: string, body: string) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  const input = z.object({ subject: z.string().min(1).max(120), body: z.string().min(1).max(5000) }).parse({ subject, body });
  const members = await prisma.membership.findMany({ where: { networkId: ctx.networkId, role: "volunteer" }, select: { user: { select: { email: true } } } });
  for (const m of members) await sendMail(m.user.email, input.subject, input.body);
  return { sent: members.length };
});

// why: sends an SMS to a client-chosen number, no validation of it, no rate limit
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function sendTestSms(to: string) {
  await requireUser();
  await sendSms(to, "Larderly test message ✔");
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function topUpSmsCredits(networkId: string, amount: number) {
  const user = await requireUser();
  const input = z.object({ networkId: z.string().cuid(), amount: z.number().int().positive() }).parse({ networkId, amount });
  // ok: floating-auth-check
  const m = await getMembership(user.id, input.networkId);
  if (!m) throw new Error("Forbidden");
  // why: any member grants their network free SMS credits — the amount comes from the client
  // ruleid: mass-assignment -- (todoruleid until pass 28, C)
  await prisma.network.update({ where: { id: input.networkId }, data: { smsCredits: { increment: input.amount } } });
  return { done: true };
}
