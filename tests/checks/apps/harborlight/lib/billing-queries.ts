import type { RowDataPacket } from "mysql2";
import { billing } from "@/lib/db/billing";

const INVOICE_COLUMNS = "id, marina_id, owner_ref, amount_cents, status, issued_at";
const ALLOWED_STATUS = new Set(["open", "paid", "void"]);

export async function invoicesForMarina(marinaId: string, status?: string) {
  const st = status && ALLOWED_STATUS.has(status) ? status : "open";
  // ok: sql-injection
  const [rows] = await billing.execute<RowDataPacket[]>(`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE marina_id = ? AND status = ?`, [marinaId, st]);
  return rows;
}

export async function invoiceById(marinaId: string, id: number) {
  // ok: sql-injection
  const [rows] = await billing.execute<RowDataPacket[]>("SELECT * FROM invoices WHERE id = ? AND marina_id = ?", [id, marinaId]);
  return rows[0];
}

export async function invoicesByOwnerRef(ownerRef: string) {
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>("SELECT " + INVOICE_COLUMNS + " FROM invoices WHERE owner_ref = '" + ownerRef + "'");
  return rows;
}

export async function ledgerPage(marinaId: string, orderBy: string, limit: number) {
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT id, amount_cents, memo FROM ledger WHERE marina_id = ? ORDER BY ${orderBy} LIMIT ${Number(limit)}`, [marinaId]);
  return rows;
}

export async function refundInvoice(marinaId: string, invoiceId: number, amountCents: number, reason: string) {
  // ok: sql-injection
  await billing.execute("INSERT INTO refunds (invoice_id, marina_id, amount_cents, reason) VALUES (?, ?, ?, ?)", [invoiceId, marinaId, amountCents, reason]);
}
