"use server";

import { sql } from "@vercel/postgres";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { verifySession } from "@/lib/dal";
import { mysqlPool, posDb, posOrders } from "@/lib/db/mysql";
import { posTotals } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function listSupplierInvoices(status: string) {
  const { groupId } = await verifySession();
  const s = z.enum(["open", "paid", "disputed"]).parse(status);
  // ok: sql-injection
  const { rows } = await sql`SELECT id, supplier_id, total_cents, status FROM supplier_invoices WHERE group_id = ${groupId} AND status = ${s}`;
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getSupplierInvoice(invoiceId: string) {
  const { groupId } = await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  // ok: sql-injection, missing-authorization
  const { rows } = await sql`SELECT * FROM supplier_invoices WHERE id = ${id} AND group_id = ${groupId}`;
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function invoicesSortedBy(column: string) {
  const { groupId } = await verifySession();
  // ruleid: sql-injection
  const { rows } = await sql.query(`SELECT id, total_cents, status FROM supplier_invoices WHERE group_id = $1 ORDER BY ${column}`, [groupId]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, total: r.total_cents, status: r.status }));
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: string) {
  await verifySession();
  const id = z.string().uuid().parse(invoiceId);
  // ruleid: missing-authorization
  await sql`UPDATE supplier_invoices SET status = 'paid' WHERE id = ${id}`;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateInvoiceBankAccount(invoiceId: string, bankAccount: string) {
  const { groupId } = await verifySession();
  // ok: missing-authorization, sql-injection
  await sql`UPDATE supplier_invoices SET bank_account = ${bankAccount} WHERE id = ${invoiceId} AND group_id = ${groupId}`;
}

// ok: missing-auth, missing-input-validation
export async function posOrder(externalId: string) {
  const { groupId } = await verifySession();
  const ext = z.string().regex(/^[A-Z0-9-]{6,64}$/).parse(externalId);
  // ruleid: missing-authorization
  const [order] = await posDb.select({ id: posOrders.id, total: posOrders.totalCents }).from(posOrders).where(eq(posOrders.externalId, ext));
  // ok: excessive-data-exposure
  return { groupId, order: order ?? null };
}

// ok: missing-auth, missing-input-validation
export async function venuePosTotals(venueIds: string[]) {
  const { groupId } = await verifySession();
  const ids = z.array(z.string().uuid()).max(50).parse(venueIds);
  // ok: sql-injection
  const [owned] = await mysqlPool.execute("SELECT id FROM venues WHERE group_id = ? AND id IN (" + ids.map(() => "?").join(",") + ")", [groupId, ...ids]);
  if ((owned as unknown[]).length !== ids.length) throw new Error("Forbidden");
  // ok: missing-authorization
  return posTotals(ids, "venue_id");
}
