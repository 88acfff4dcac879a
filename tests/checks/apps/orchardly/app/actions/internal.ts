"use server";

// Helpers the cron job calls. They live here because the old billing page used them as actions.
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { subscriptions, members, charges } from "@/db/schema";
import { stripe } from "@/lib/stripe";
import { sendMail } from "@/lib/mail";

async function customerFor(subscriptionId: string) {
  const [row] = await db.select({ customer: members.stripeCustomerId, email: members.email, price: subscriptions.priceCents }).from(subscriptions).innerJoin(members, eq(members.id, subscriptions.memberId)).where(eq(subscriptions.id, subscriptionId)).limit(1);
  return row;
}

// ruleid: missing-auth, missing-input-validation
export async function chargeSubscriptionNow(subscriptionId: string, week: string) {
  const row = await customerFor(subscriptionId);
  if (!row?.customer) return { ok: false };
  const pi = await stripe.paymentIntents.create({ amount: row.price, currency: "gbp", customer: row.customer, off_session: true, confirm: true });
  await db.insert(charges).values({ subscriptionId, week, amountCents: row.price, stripePaymentIntentId: pi.id, status: "paid" });
  return { ok: true };
}

// ruleid: missing-auth, missing-input-validation, missing-rate-limit
export async function sendWeeklyDigest(farmId: string) {
  const rows = await db.select({ email: members.email }).from(members).where(eq(members.farmId, farmId));
  await sendMail(rows.map((r) => r.email), "This week at the farm", "<p>See what's in your box.</p>");
  return { sent: rows.length };
}
