"use server";

import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

// Called by the Stripe and Checkr webhook routes after they verify signatures.
// Exported from a "use server" module, so each is also a callable action.

// ok: missing-input-validation
// ruleid: missing-auth
export async function markDonationRefunded(paymentIntentId: string) {
  if (typeof paymentIntentId !== "string" || !paymentIntentId.startsWith("pi_")) throw new Error("bad id");
  await db.donation.update({ where: { stripePaymentIntentId: paymentIntentId }, data: { status: "refunded" } });
  logger.info("donation.refunded", { paymentIntentId });
}

// ruleid: missing-auth, missing-input-validation
export async function applyCheckResult(providerRef: string, status: string) {
  await db.backgroundCheck.update({ where: { providerRef }, data: { status } });
}

// Pure formatting helper: no data access.
// ok: missing-auth, missing-input-validation
export async function formatCents(cents: number) {
  return `$${(cents / 100).toFixed(2)}`;
}
