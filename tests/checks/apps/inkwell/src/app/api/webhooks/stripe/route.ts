import { headers } from "next/headers";
import type Stripe from "stripe";
import { stripe } from "~/lib/stripe";
import { applyPlanChange, addCredits } from "~/lib/billing";

// ok: missing-auth -- signature verified before any work
// ok: missing-input-validation -- a verified provider event
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");
  // ok: timing-unsafe-comparison -- null check
  if (signature === null) {
    return new Response("Missing signature", { status: 400 });
  }
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure -- the catch runs before verification: anyone reads the error
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  switch (event.type) {
    case "checkout.session.completed": {
      const checkout = event.data.object as Stripe.Checkout.Session;
      if (checkout.metadata?.workspaceId) await applyPlanChange(checkout.metadata.workspaceId, "pro");
      break;
    }
    case "invoice.paid": {
      const invoice = event.data.object as Stripe.Invoice;
      const userId = invoice.metadata?.userId;
      if (userId) await addCredits(userId, 1_000);
      break;
    }
  }
  return Response.json({ received: true });
}
