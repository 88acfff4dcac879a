import type Stripe from "stripe";
import { headers } from "next/headers";
import { stripe } from "@/lib/integrations";
import { db } from "@/lib/db/kysely";
import { markInvoicePaid } from "@/app/actions/invoices";
import { isUuid } from "@/lib/validation";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const signature = (await headers()).get("stripe-signature");
  if (!signature) return new Response("Missing signature", { status: 400 });
  const payload = await req.text();

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const invoiceId = session.metadata?.invoiceId;
      if (typeof invoiceId !== "string" || !isUuid(invoiceId) || typeof session.amount_total !== "number") break;
      await markInvoicePaid(invoiceId, session.amount_total);
      break;
    }
    case "customer.created": {
      const customer = event.data.object;
      const orgId = customer.metadata?.orgId;
      if (typeof orgId !== "string" || !isUuid(orgId) || typeof customer.id !== "string") break;
      await db.updateTable("orgs").set({ stripe_customer_id: customer.id }).where("id", "=", orgId).where("stripe_customer_id", "is", null).execute();
      break;
    }
    default:
      logger.debug({ type: event.type }, "unhandled stripe event");
  }
  return new Response("ok");
}
