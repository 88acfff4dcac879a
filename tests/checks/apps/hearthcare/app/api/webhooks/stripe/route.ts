import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";
import { sql } from "@/lib/db/pg";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "bad stripe signature");
    // ruleid: information-disclosure
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const invoiceId = event.data.object.metadata?.invoiceId;
    // ok: sql-injection, missing-authorization
    if (invoiceId) await sql`UPDATE invoices SET status = 'paid', paid_at = now() WHERE id = ${invoiceId}`;
  }
  return NextResponse.json({ received: true });
}
