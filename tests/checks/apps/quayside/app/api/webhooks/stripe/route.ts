import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { getEm, Invoice, Organisation, Payment } from "@/lib/db/orm";
import { logger } from "@/lib/logger";

const PLANS = new Set(["harbour", "fleet", "enterprise"]);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return new Response("missing signature", { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  const em = await getEm();
  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object;
      if (s.metadata?.invoiceId) {
        const invoice = await em.findOne(Invoice, { id: s.metadata.invoiceId, org: s.metadata.orgId });
        if (invoice && invoice.status !== "paid") {
          invoice.status = "paid";
          em.create(Payment, {
            org: invoice.org,
            invoice: invoice.id,
            amountCents: s.amount_total ?? invoice.amountCents,
            stripePaymentIntentId: typeof s.payment_intent === "string" ? s.payment_intent : undefined,
            status: "succeeded",
          });
          await em.flush();
        }
      }
      break;
    }
    case "customer.subscription.updated":
    case "customer.subscription.created": {
      const sub = event.data.object;
      const plan = sub.metadata.plan;
      if (PLANS.has(plan)) {
        // ok: mass-assignment
        await em.nativeUpdate(Organisation, { stripeCustomerId: String(sub.customer) }, { plan });
      }
      break;
    }
    default:
      logger.debug({ type: event.type }, "unhandled stripe event");
  }
  return new Response("ok");
}
