import { NextResponse } from "next/server";
import Stripe from "stripe";
import { billing } from "@/lib/db/mysql";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object as Stripe.PaymentIntent;
    // ok: sql-injection
    await billing.execute("UPDATE invoices SET status = 'paid' WHERE invoice_no = ?", [pi.metadata.invoiceNo]);
  }
  return NextResponse.json({ received: true });
}
