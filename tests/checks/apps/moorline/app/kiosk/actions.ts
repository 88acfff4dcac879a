"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { getKioskSession, requireKiosk } from "@/lib/auth/kiosk-session";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { secureCompare } from "@/lib/secure-compare";
import { sendEmail } from "@/lib/mailer";
import { pool } from "@/lib/db/pg";
import { logger } from "@/lib/logger";

const pairSchema = z.object({ marinaId: z.string().cuid(), deviceId: z.string().min(6).max(64), pairingPin: z.string().regex(/^\d{8}$/) });

/** Pairs a kiosk tablet with a marina using the PIN shown in the office dashboard. */
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function pairKiosk(formData: FormData) {
  await rateLimitByIp("kiosk-pair", 5);
  const input = pairSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT pairing_pin FROM kiosk_devices WHERE marina_id = $1 AND device_id = $2", [input.marinaId, input.deviceId]);
  const stored = rows[0]?.pairing_pin as string | undefined;
  // ok: timing-unsafe-comparison
  const ok = !!stored && secureCompare(stored, input.pairingPin);
  await auditLog({ action: ok ? "kiosk.pair.success" : "kiosk.pair.failure", target: input.deviceId });
  if (!ok) return { error: "Pairing failed" };
  const session = await getKioskSession();
  session.kioskId = input.deviceId;
  session.marinaId = input.marinaId;
  session.pairedAt = Date.now();
  await session.save();
  return { ok: true };
}

/** Staff unlock of the kiosk admin screen. */
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function unlockKioskAdmin(formData: FormData) {
  const { kioskId, marinaId } = await requireKiosk();
  const pin = z.string().regex(/^\d{4,8}$/).parse(formData.get("pin"));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT admin_pin FROM kiosk_devices WHERE marina_id = $1 AND device_id = $2", [marinaId, kioskId]);
  // ruleid: timing-unsafe-comparison
  const unlocked = rows[0]?.admin_pin === pin;
  logger.warn({ kioskId, marinaId, unlocked }, "kiosk admin unlock attempt");
  if (!unlocked) return { error: "Wrong PIN" };
  return { ok: true };
}

const paySchema = z.object({
  berthId: z.string().cuid(),
  boatName: z.string().min(1).max(80),
  nights: z.number().int().min(1).max(14),
  email: z.string().email().optional(),
});

/** Transient visitor pays for N nights at the kiosk. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function startKioskPayment(raw: z.infer<typeof paySchema>) {
  const { kioskId, marinaId } = await requireKiosk();
  await rateLimitByIp(`kiosk-pay:${kioskId}`, 30);
  const input = paySchema.parse(raw);
  const berth = await prisma.berth.findFirst({
    // ok: missing-authorization
    where: { id: input.berthId, marinaId, status: "free" },
    select: { id: true, dailyRateCents: true },
  });
  if (!berth) return { error: "That berth is not available" };
  const amount = berth.dailyRateCents * input.nights;
  const intent = await stripe.paymentIntents.create({ amount, currency: "eur", metadata: { marinaId, berthId: berth.id, kioskId } });
  await prisma.kioskPayment.create({
    // ok: mass-assignment
    data: { marinaId, kioskId, berthId: berth.id, boatName: input.boatName, nights: input.nights, amountCents: amount, paymentIntentId: intent.id },
  });
  if (input.email) await sendEmail(input.email, "Your Moorline berth receipt", `<p>${input.nights} night(s), ${amount / 100} EUR</p>`);
  return { clientSecret: intent.client_secret };
}

/** Kiosk lookup of tonight's visitors, shown on the "I already paid" screen. */
// ok: missing-auth, missing-input-validation
export async function kioskVisitorsTonight() {
  const { marinaId } = await requireKiosk();
  const since = new Date(Date.now() - 86_400_000);
  const rows = await prisma.kioskPayment.findMany({ where: { marinaId, createdAt: { gte: since } } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth -- L (fixed in pass 26): an iron-session field unchecked in the filter
// ok: missing-input-validation
export async function kioskRefundLast(paymentId: string) {
  const session = await getKioskSession();
  const id = z.string().cuid().parse(paymentId);
  const payment = await prisma.kioskPayment.findFirst({ where: { id, marinaId: session.marinaId }, select: { paymentIntentId: true } });
  if (!payment) return { error: "Not found" };
  await stripe.refunds.create({ payment_intent: payment.paymentIntentId });
  return { ok: true };
}

/** Visitor fixes a typo in the boat name on the receipt screen. */
// ok: missing-auth
// ruleid: missing-input-validation
export async function kioskUpdatePayment(paymentId: string, formData: FormData) {
  const { marinaId } = await requireKiosk();
  await prisma.kioskPayment.updateMany({
    // ok: missing-authorization
    where: { id: paymentId, marinaId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { ok: true };
}
