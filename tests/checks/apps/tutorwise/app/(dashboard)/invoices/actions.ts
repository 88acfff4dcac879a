"use server";

import { verifySession } from "@/lib/dal";
import { pool } from "@/lib/db/pg";
import { invoicesForParent, invoicesByStatus } from "@/lib/data/invoices";

// ok: missing-auth, missing-input-validation
export async function myInvoices(sort: string) {
  const { userId } = await verifySession();
  if (typeof sort !== "string") return [];
  // ok: excessive-data-exposure
  return invoicesForParent(userId, sort);
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  const { userId } = await verifySession();
  if (typeof invoiceId !== "string" || !/^\d+$/.test(invoiceId)) return null;
  // ok: missing-authorization, sql-injection
  const { rows } = await pool.query("SELECT id, amount_cents, status, issued_at FROM invoices WHERE id = $1 AND parent_id = $2", [invoiceId, userId]);
  return rows[0] ?? null;
}

// ok: missing-auth, missing-input-validation
export async function downloadInvoice(invoiceId: string) {
  const { userId } = await verifySession();
  if (typeof invoiceId !== "string" || !/^\d+$/.test(invoiceId)) return null;
  // ruleid: missing-authorization
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM invoices WHERE id = $1", [invoiceId]);
  // ruleid: excessive-data-exposure
  return { invoice: rows[0], requestedBy: userId };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchInvoices(term: string) {
  const { userId } = await verifySession();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents FROM invoices WHERE parent_id = $1 AND memo ILIKE '%${term}%'`, [userId]);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function overdueInvoices(status: string) {
  const { role } = await verifySession();
  if (role !== "SUPERADMIN") throw new Error("Forbidden");
  if (status !== "overdue" && status !== "open") throw new Error("Bad status");
  return invoicesByStatus(status);
}
