import "server-only";
import type { RowDataPacket } from "mysql2";
import { pool } from "./db";

const SORTABLE = { date: "b.starts_at", revenue: "revenue", location: "l.name" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function occupancyReport(locationId: string, from: string, to: string) {
  // ok: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>(
    `SELECT DATE(b.starts_at) AS day, COUNT(*) AS bookings, SUM(b.price_cents) AS revenue
       FROM bookings b WHERE b.location_id = ? AND b.starts_at BETWEEN ? AND ? AND b.status <> 'cancelled'
      GROUP BY DATE(b.starts_at) ORDER BY day`,
    [locationId, from, to],
  );
  return rows.map((r) => ({ day: String(r.day), bookings: Number(r.bookings), revenue: Number(r.revenue) }));
}

export async function revenueByLocation(sort: SortKey, limit: number) {
  const column = SORTABLE[sort] ?? SORTABLE.date;
  const n = Math.min(Math.max(Number(limit) || 10, 1), 100);
  // ok: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(
    `SELECT l.name, SUM(b.price_cents) AS revenue, MIN(b.starts_at) AS starts_at
       FROM bookings b JOIN locations l ON l.id = b.location_id
      GROUP BY l.name ORDER BY ${column} DESC LIMIT ${n}`,
  );
  return rows.map((r) => ({ name: String(r.name), revenue: Number(r.revenue) }));
}

export async function searchMembersRaw(term: string) {
  // ruleid: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT id, name, email FROM user WHERE name LIKE '%" + term + "%' OR email LIKE '%" + term + "%' LIMIT 25",
  );
  return rows.map((r) => ({ id: String(r.id), name: String(r.name), email: String(r.email) }));
}

export async function unpaidInvoicesForOrg(orgId: string, status: string) {
  // ruleid: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>(
    `SELECT id, number, amount_cents, status FROM invoices WHERE organization_id = '${orgId}' AND status = '${status}'`,
  );
  return rows;
}

export async function invoicesForExport(orgId: string, year: number) {
  // ok: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT number, amount_cents, tax_cents, status, issued_at FROM invoices WHERE organization_id = ? AND YEAR(issued_at) = ?",
    [orgId, year],
  );
  return rows;
}

export async function visitorLog(locationId: string, orderBy: string) {
  // ruleid: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(
    `SELECT full_name, checked_in_at, checked_out_at FROM visitors WHERE location_id = ? ORDER BY ${orderBy}`,
    [locationId],
  );
  return rows;
}

export async function doorEventsSince(locationId: string, sinceId: number) {
  const since = Number.isFinite(Number(sinceId)) ? Math.trunc(Number(sinceId)) : 0;
  // ok: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>(
    `SELECT id, kind, received_at FROM door_events WHERE location_id = ? AND id > ${since} ORDER BY id`,
    [locationId],
  );
  return rows;
}

export async function searchInvoiceNumbers(prefix: string) {
  // ruleid: sql-injection
  const [rows] = await pool.query<RowDataPacket[]>("SELECT id, number, status FROM invoices WHERE number LIKE '" + prefix + "%' LIMIT 20");
  return rows.map((r) => ({ id: String(r.id), number: String(r.number), status: String(r.status) }));
}
