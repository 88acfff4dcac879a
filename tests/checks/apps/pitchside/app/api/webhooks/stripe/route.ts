import { NextResponse } from "next/server";
import { z } from "zod";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";

const metaSchema = z.object({ registrationId: z.string().cuid() });

// signed by Stripe: constructEvent is the authentication
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error("stripe webhook", err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    const { registrationId } = metaSchema.parse(session.metadata ?? {});
    // ok: missing-authorization, mass-assignment
    await prisma.registration.update({ where: { id: registrationId }, data: { status: "paid", paidCents: session.amount_total ?? 0 } });
    await logAudit({ action: "registration.paid", target: registrationId });
  }
  return NextResponse.json({ received: true });
}
