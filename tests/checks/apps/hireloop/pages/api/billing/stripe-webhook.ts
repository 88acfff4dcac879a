import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";
import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export const config = { api: { bodyParser: false } };
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const PLAN_BY_PRICE: Record<string, string> = {
  [process.env.PRICE_STARTER!]: "starter",
  [process.env.PRICE_GROWTH!]: "growth",
  [process.env.PRICE_SCALE!]: "scale",
};

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), req.headers["stripe-signature"] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature rejected");
    // ok: information-disclosure
    return res.status(400).send("Invalid signature");
  }

  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object;
    const plan = PLAN_BY_PRICE[sub.items.data[0]?.price.id ?? ""] ?? "free";
    await db.company.update({
      where: { stripeCustomerId: sub.customer as string },
      // ok: mass-assignment
      data: { plan, seats: sub.items.data[0]?.quantity ?? 1 },
    });
  }
  return res.json({ received: true });
}
