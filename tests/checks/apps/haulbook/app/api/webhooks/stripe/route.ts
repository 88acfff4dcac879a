import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const sig = (await headers()).get("stripe-signature") ?? "";
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe_signature_invalid");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "invoice.paid") {
    const inv = event.data.object;
    await prisma.invoice.updateMany({ where: { id: String(inv.metadata?.haulbookInvoiceId) }, data: { status: "PAID" } });
  }
  if (event.type === "transfer.created") {
    await prisma.payout.updateMany({ where: { stripeTransferId: event.data.object.id }, data: { status: "SENT" } });
  }
  return NextResponse.json({ received: true });
}
