import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { ledger } from "@/lib/db/mysql";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new NextResponse(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object as Stripe.Checkout.Session;
      await prisma.enrollment.create({ data: { userId: s.metadata!.userId, courseId: s.metadata!.courseId, paidCents: s.amount_total ?? 0 } });
      // ok: sql-injection
      await ledger.execute("INSERT INTO ledger_entries (school_ref, amount_cents, kind, stripe_id) VALUES (?, ?, 'sale', ?)", [s.metadata!.courseId, s.amount_total, s.id]);
      break;
    }
    case "charge.refunded": {
      const c = event.data.object as Stripe.Charge;
      // ruleid: sql-injection
      await ledger.query(`UPDATE ledger_entries SET refunded = 1 WHERE stripe_id = '${c.payment_intent}'`);
      break;
    }
  }
  // ok: information-disclosure
  return NextResponse.json({ received: true });
}
