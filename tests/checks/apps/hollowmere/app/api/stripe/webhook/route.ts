import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { sql } from "@/lib/db";
import { auditLog } from "@/lib/audit";

export const runtime = "nodejs";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new NextResponse(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    const chargeId = session.metadata?.chargeId;
    if (chargeId) {
      // ok: missing-authorization, sql-injection
      await sql`update dues_charges set paid_at = now() where id = ${chargeId} and stripe_session_id = ${session.id}`;
      await auditLog({ actorId: null, action: "dues.paid", target: chargeId, meta: { session: session.id } });
    }
  }
  return NextResponse.json({ received: true });
}
