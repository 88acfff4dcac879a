import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { and, eq, sql } from "drizzle-orm";
import { stripe } from "@/lib/stripe";
import { db, bookings } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ event: "stripe.bad_signature", err });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const bookingId = s.metadata?.bookingId;
    const ownerId = s.metadata?.ownerId;
    if (bookingId && ownerId) {
      // ok: missing-authorization, mass-assignment, sql-injection
      await db.update(bookings).set({ paidCents: sql`${bookings.paidCents} + ${s.amount_total ?? 0}`, status: "confirmed" }).where(and(eq(bookings.id, bookingId), eq(bookings.ownerId, ownerId)));
    }
  }
  return NextResponse.json({ received: true });
}
