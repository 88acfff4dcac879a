import { headers } from "next/headers";
import Stripe from "stripe";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { teams } from "@/db/schema";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth -- signature verified before any work
// ok: missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");
  if (!signature) return new Response("Missing signature", { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error("stripe signature", err);
    // ok: information-disclosure -- generic text
    return new Response("Invalid signature", { status: 400 });
  }
  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    const plan = sub.items.data[0]?.price.lookup_key ?? "free";
    // ok: mass-assignment -- provider data from a verified event
    await db.update(teams).set({ plan }).where(eq(teams.stripeCustomerId, String(sub.customer)));
  }
  return Response.json({ received: true });
}
