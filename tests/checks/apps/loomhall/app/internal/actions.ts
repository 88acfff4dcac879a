"use server";

// Helpers shared by the Stripe webhook and the admin console. Every export of this
// file is also a server action, callable from the browser.

import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { addEntry } from "@/lib/data/ledger";
import { verifySession } from "@/lib/dal";
import { z } from "zod";

// ruleid: missing-auth
// ok: missing-input-validation
export async function markQuotePaid(quoteId: string) {
  const id = z.string().cuid().parse(quoteId);
  await prisma.quote.update({ where: { id }, data: { status: "deposit_paid" }, select: { id: true } });
}

// ruleid: missing-auth, missing-audit-log
// ok: missing-input-validation
export async function purgeUser(userId: string) {
  const id = z.string().cuid().parse(userId);
  await prisma.studioMember.deleteMany({ where: { userId: id } });
  await prisma.user.delete({ where: { id } });
}

// ruleid: missing-rate-limit, missing-input-validation // todoruleid: missing-auth
export async function sendDuesSms(phone: string, period: string) {
  await sendSms(phone, `Loomhall: your dues for ${period} are due this week.`);
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function adjustCredits(userId: string, credits: number) {
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { credits }, select: { id: true } });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function recordSale(input: { studioId: string; amountCents: number; reference: string }) {
  const data = z.object({ studioId: z.string().cuid(), amountCents: z.number().int(), reference: z.string().max(80) }).parse(input);
  await addEntry({ studioId: data.studioId, kind: "sale", amountCents: data.amountCents, reference: data.reference, createdBy: "system" });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function reopenCommission(commissionId: string) {
  // ruleid: floating-auth-check
  verifySession();
  const id = z.string().cuid().parse(commissionId);
  await prisma.commission.update({ where: { id }, data: { status: "open" }, select: { id: true } });
}
