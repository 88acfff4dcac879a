"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eq, sql } from "drizzle-orm";
import type { RowDataPacket } from "mysql2";
import { requireOwner, requireOwnerId } from "@/lib/auth/owner";
import { db, owners } from "@/lib/db";
import { billing } from "@/lib/db/billing";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function openBillingPortal() {
  const ownerId = await requireOwnerId();
  const o = await db.query.owners.findFirst({ where: eq(owners.id, ownerId), columns: { stripeCustomerId: true } });
  if (!o?.stripeCustomerId) redirect("/account?billing=none");
  const portal = await stripe.billingPortal.sessions.create({ customer: o.stripeCustomerId, return_url: `${process.env.APP_URL}/account` });
  redirect(portal.url);
}

// "Prepaid credit" top-up; the payment is supposed to be confirmed by the webhook later.
// ok: missing-auth
// ruleid: missing-input-validation
export async function topUpCredit(formData: FormData) {
  const ownerId = await requireOwnerId();
  const amount = Number(formData.get("amount"));
  // ruleid: mass-assignment
  await db.update(owners).set({ credit: amount }).where(eq(owners.id, ownerId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function payLegacyInvoice(invoiceId: number) {
  const { owner } = await requireOwner();
  const id = z.number().int().positive().parse(invoiceId);
  // ok: missing-authorization, sql-injection
  const [rows] = await billing.execute<RowDataPacket[]>("SELECT amount_cents FROM invoices WHERE id = ? AND owner_ref = ? AND status = 'open'", [id, owner.id]);
  if (!rows[0]) return { error: "Nothing to pay" };
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: Number(rows[0].amount_cents), product_data: { name: `Invoice ${id}` } }, quantity: 1 }],
    metadata: { legacyInvoiceId: String(id), ownerId: owner.id },
    success_url: `${process.env.APP_URL}/account?paid=${id}`,
    cancel_url: `${process.env.APP_URL}/account`,
  });
  redirect(session.url!);
}

// ok: missing-auth, missing-input-validation
export async function myLegacyInvoices() {
  const { owner } = await requireOwner();
  // ok: missing-authorization, sql-injection
  const [rows] = await billing.query<RowDataPacket[]>("SELECT * FROM invoices WHERE owner_ref = ?", [owner.id]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function spendCredit(cents: number) {
  const ownerId = await requireOwnerId();
  const amount = z.number().int().positive().max(100_000).parse(cents);
  // ok: missing-authorization, sql-injection
  await db.update(owners).set({ credit: sql`${owners.credit} - ${amount}` }).where(eq(owners.id, ownerId));
  return { ok: true };
}

// Redirect back to where the owner came from after paying.
// ok: missing-auth
// ruleid: missing-input-validation
export async function afterPayment(returnTo: string) {
  await requireOwner();
  redirect(returnTo);
}
