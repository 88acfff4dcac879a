import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, req.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch {
    return new Response("Bad signature", { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const agencyId = s.metadata?.agencyId;
    if (agencyId) {
      // ok: mass-assignment, missing-authorization
      await prisma.agency.update({ where: { id: agencyId }, data: { plan: String(s.metadata?.plan ?? "pro"), stripeCustomerId: String(s.customer) } });
      await auditLog({ actorId: "stripe", agencyId, action: "billing.plan_changed" });
    }
  }
  return Response.json({ received: true });
}
