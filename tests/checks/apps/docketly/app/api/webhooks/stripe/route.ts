import { NextResponse } from "next/server";
import { z } from "zod";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const metadataSchema = z.object({ invoiceId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.bad_signature", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed" || event.type === "payment_intent.succeeded") {
    const obj = event.data.object as Stripe.Checkout.Session | Stripe.PaymentIntent;
    const meta = metadataSchema.safeParse(obj.metadata);
    if (!meta.success) return NextResponse.json({ received: true });
    const amount = "amount_total" in obj ? obj.amount_total ?? 0 : obj.amount;
    await prisma.$transaction([
      prisma.payment.upsert({
        where: { providerRef: obj.id },
        create: { invoiceId: meta.data.invoiceId, provider: "stripe", providerRef: obj.id, amountCents: amount, status: "SUCCEEDED" },
        update: { status: "SUCCEEDED" },
      }),
      prisma.invoice.update({ where: { id: meta.data.invoiceId }, data: { paidCents: { increment: amount } } }),
    ]);
  }
  return NextResponse.json({ received: true });
}
