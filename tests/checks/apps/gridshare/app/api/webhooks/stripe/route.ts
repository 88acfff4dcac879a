import { NextResponse } from "next/server";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, req.headers.get("stripe-signature")!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const { userId, coopId, units } = s.metadata ?? {};
    if (userId && coopId && units) {
      await prisma.membership.update({
        // ok: missing-authorization
        where: { userId_coopId: { userId, coopId } },
        data: { shareUnits: { increment: Number(units) } },
      });
      await auditLog({ actorId: userId, action: "shares.purchased", target: coopId, meta: { units } });
    }
  }
  return NextResponse.json({ received: true });
}
