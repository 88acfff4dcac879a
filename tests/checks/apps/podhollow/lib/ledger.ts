import type { RowDataPacket } from "mysql2";
import { pool } from "@/lib/db/mysql";

export async function invoicesForNetwork(networkId: string, limit = 50) {
  // ok: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>("SELECT id, advertiser_id, amount_cents, status, issued_at FROM ad_invoices WHERE network_id = ? ORDER BY issued_at DESC LIMIT ?", [networkId, String(limit)]);
  return rows;
}

export async function invoiceById(id: string) {
  // ok: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>("SELECT * FROM ad_invoices WHERE id = ?", [id]);
  return rows[0] ?? null;
}

const SORTABLE = { issued: "issued_at", amount: "amount_cents", status: "status" } as const;

export async function invoicesSorted(networkId: string, sort: keyof typeof SORTABLE) {
  const column = SORTABLE[sort] ?? "issued_at";
  // ok: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>(`SELECT id, amount_cents, status FROM ad_invoices WHERE network_id = ? ORDER BY ${column} DESC`, [networkId]);
  return rows;
}

export async function invoicesForAdvertiserName(networkId: string, advertiser: string) {
  // ruleid: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(`SELECT id, amount_cents, status FROM ad_invoices WHERE network_id = ? AND advertiser_name = '${advertiser}'`, [networkId]);
  return rows;
}

export async function markInvoicePaid(id: string, paidRef: string) {
  // ok: sql-injection
  await pool.execute("UPDATE ad_invoices SET status = 'paid', paid_ref = ? WHERE id = ?", [paidRef, id]);
}

export async function voidInvoice(id: string, reason: string) {
  // ruleid: sql-injection
  await pool.execute("UPDATE ad_invoices SET status = 'void', void_reason = '" + reason + "' WHERE id = ?", [id]);
}
