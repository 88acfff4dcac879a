import "server-only";
import type { RowDataPacket } from "mysql2";
import { billingDb } from "@/lib/db/mysql";

export async function listInvoices(companyId: string) {
  // ok: sql-injection
  const [rows] = await billingDb.execute<RowDataPacket[]>(
    "SELECT id, number, amount_cents, status, issued_at FROM invoices WHERE company_id = ? ORDER BY issued_at DESC",
    [companyId],
  );
  return rows;
}

export async function findInvoice(companyId: string, invoiceId: string) {
  // ruleid: sql-injection
  const [rows] = await billingDb.query<RowDataPacket[]>(`SELECT * FROM invoices WHERE id = ${invoiceId} AND company_id = ?`, [companyId]);
  return rows[0] ?? null;
}

export async function setSeats(companyId: string, seats: number) {
  const n = Number(seats);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error("Seat count out of range");
  // ok: sql-injection
  await billingDb.execute(`UPDATE subscriptions SET seats = ${n}, updated_at = NOW() WHERE company_id = ?`, [companyId]);
}

export async function searchInvoices(companyId: string, q: string) {
  // ruleid: sql-injection
  const [rows] = await billingDb.query<RowDataPacket[]>("SELECT id, number, status FROM invoices WHERE company_id = ? AND number LIKE '%" + q + "%'", [companyId]);
  return rows;
}

export async function invoiceTotals(companyId: string, year: number) {
  // ok: sql-injection
  const [rows] = await billingDb.execute<RowDataPacket[]>(
    "SELECT MONTH(issued_at) AS m, SUM(amount_cents) AS total FROM invoices WHERE company_id = ? AND YEAR(issued_at) = ? GROUP BY 1",
    [companyId, year],
  );
  return rows;
}
