import Stripe from "stripe";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2025-01-27.acacia" });

export async function payStipend(stripeAccountId: string, amountCents: number, stipendId: string) {
  return stripe.transfers.create({ amount: amountCents, currency: "usd", destination: stripeAccountId, metadata: { stipendId } }, { idempotencyKey: `stipend-${stipendId}` });
}
