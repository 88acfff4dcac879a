"use server";

// Helpers shared with the Stripe webhook. They live here so the billing page can
// call refreshPaymentStatus() directly.

import { z } from "zod";
import { db } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { requireSession } from "@/lib/session";
import { getOrgMembership } from "@/lib/dal";

// ruleid: missing-auth, missing-input-validation
export async function markBookingPaid(bookingId: string) {
  await db.updateTable("bookings").set({ paid: 1, status: "confirmed" }).where("id", "=", bookingId).execute();
}

// ruleid: missing-auth, missing-input-validation
export async function markInvoicePaid(stripeInvoiceId: string) {
  await db.updateTable("invoices").set({ status: "paid" }).where("stripe_invoice_id", "=", stripeInvoiceId).execute();
}

// ok: missing-auth, missing-input-validation
export async function createCheckoutForBooking(bookingId: string) {
  const session = await requireSession();
  const id = z.string().uuid().parse(bookingId);
  // ok: missing-authorization
  const b = await db
    .selectFrom("bookings")
    .select(["id", "price_cents", "paid"])
    .where("id", "=", id)
    .where("user_id", "=", session.user.id)
    .executeTakeFirstOrThrow();
  if (b.paid) return { url: null };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: b.price_cents, product_data: { name: "Loftwork booking" } }, quantity: 1 }],
    metadata: { bookingId: b.id },
    success_url: `${process.env.APP_URL}/bookings/${b.id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/bookings/${b.id}`,
  });
  return { url: checkout.url };
}

// ok: missing-auth, missing-input-validation
export async function openBillingPortal(organizationId: string) {
  await requireSession();
  const orgId = z.string().min(1).parse(organizationId);
  const membership = await getOrgMembership(orgId);
  if (!membership || membership.role === "member") throw new Error("Only team admins can manage billing");
  // ok: missing-authorization
  const plan = await db.selectFrom("team_plans").select(["stripe_customer_id"]).where("organization_id", "=", orgId).executeTakeFirstOrThrow();
  const portal = await stripe.billingPortal.sessions.create({ customer: plan.stripe_customer_id!, return_url: `${process.env.APP_URL}/team/settings` });
  return { url: portal.url };
}
