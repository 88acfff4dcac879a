"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/pg";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

// Billing portal: verifySession() redirects when signed out.

// ok: missing-auth, missing-input-validation
export async function listInvoices(status?: string) {
  const session = await verifySession();
  const s = z.enum(["open", "paid", "void"]).optional().parse(status);
  // ok: sql-injection
  const rows = await sql`SELECT id, amount_cents, status, due_at FROM invoices WHERE agency_id = ${session.agencyId} ${s ? sql`AND status = ${s}` : sql``} ORDER BY due_at DESC`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, amount: r.amount_cents / 100, status: r.status, dueAt: r.due_at }));
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  // ok: missing-authorization
  const [inv] = await sql`SELECT * FROM invoices WHERE id = ${id} AND agency_id = ${session.agencyId}`;
  // ruleid: excessive-data-exposure
  return inv;
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  if (session.role !== "billing_admin") throw new Error("Forbidden");
  // ok: missing-authorization, sql-injection
  await sql`UPDATE invoices SET status = 'paid', paid_at = now() WHERE id = ${id} AND agency_id = ${session.agencyId}`;
  await auditLog({ agencyId: session.agencyId, actorId: session.userId, action: "invoice.mark_paid", target: id });
}

// ok: missing-auth, missing-input-validation
export async function updateInvoiceMemo(formData: FormData) {
  const session = await verifySession();
  const { invoiceId, memo } = z.object({ invoiceId: z.string().uuid(), memo: z.string().max(500) }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await sql`UPDATE invoices SET memo = ${memo} WHERE id = ${invoiceId}`;
  return { success: true, by: session.userId };
}

// ok: missing-auth, missing-input-validation
export async function exportInvoicesCsv(sortColumn: string) {
  const session = await verifySession();
  if (typeof sortColumn !== "string") throw new Error("Bad sort");
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT id, amount_cents, status FROM invoices WHERE agency_id = $1 ORDER BY ${sortColumn}`, [session.agencyId]);
  return rows.map((r) => `${r.id},${r.amount_cents},${r.status}`).join("\n");
}

// ok: missing-auth, missing-input-validation
export async function createCheckout(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  // ok: missing-authorization
  const [inv] = await sql`SELECT id, amount_cents FROM invoices WHERE id = ${id} AND agency_id = ${session.agencyId}`;
  if (!inv) return { error: "Not found" };
  try {
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: inv.amount_cents, product_data: { name: "Home care services" } }, quantity: 1 }],
      metadata: { invoiceId: inv.id },
      success_url: "https://app.hearthcare.app/billing/thanks",
    });
    return { url: checkout.url };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}
