import "server-only";
import { pool } from "@/lib/db/pg";

const COLUMNS = new Set(["issued_at", "amount_cents", "status"]);

export async function invoicesForParent(parentId: string, sortColumn: string) {
  const col = COLUMNS.has(sortColumn) ? sortColumn : "issued_at";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents, status, issued_at FROM invoices WHERE parent_id = $1 ORDER BY ${col} DESC`, [parentId]);
  return rows;
}

export async function markInvoicesPaid(ids: string[]) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  await pool.query(`UPDATE invoices SET status = 'paid' WHERE id IN (${placeholders})`, ids);
}

export async function invoicesByStatus(status: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, amount_cents FROM invoices WHERE status = '" + status + "'");
  return rows;
}
