import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature")!;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    const plan = sub.items.data[0]?.price.lookup_key ?? "starter";
    const seats = sub.items.data[0]?.quantity ?? 1;
    await prisma.workspace.updateMany({
      where: { stripeCustomer: String(sub.customer) },
      // ok: mass-assignment
      data: { plan, seats },
    });
    await auditLog({ action: "billing.subscription_updated", target: String(sub.customer), meta: { plan, seats } });
  }
  return new Response(null, { status: 200 });
}
