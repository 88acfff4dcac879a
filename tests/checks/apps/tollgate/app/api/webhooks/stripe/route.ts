import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { db, payments, declarations } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const declarationId = s.metadata?.declarationId;
    const importerId = s.metadata?.importerId;
    if (declarationId && importerId) {
      // ok: missing-authorization
      await db.update(payments).set({ status: "paid", paidAt: new Date() }).where(and(eq(payments.declarationId, declarationId), eq(payments.importerId, importerId)));
      // ok: missing-authorization, mass-assignment
      await db.update(declarations).set({ status: "cleared" }).where(and(eq(declarations.id, declarationId), eq(declarations.importerId, importerId)));
    }
  }
  return NextResponse.json({ received: true });
}
