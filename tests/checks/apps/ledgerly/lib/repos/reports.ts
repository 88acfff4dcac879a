import "server-only";
import { pool, sql } from "@/lib/db/neon";

const INVOICE_COLUMNS = "i.id, i.number, i.status, i.total_cents, i.currency, i.due_date, c.name AS client_name";

const SORTABLE: Record<string, string> = {
  date: "i.created_at",
  due: "i.due_date",
  total: "i.total_cents",
  client: "c.name",
  number: "i.number",
};

export type InvoiceFilter = {
  status?: string;
  clientId?: string;
  from?: string;
  to?: string;
  sort?: string;
  dir?: string;
};

/** Builds `$n` placeholders as filters are added; column names come from SORTABLE only. */
export async function filterInvoices(orgId: string, f: InvoiceFilter) {
  const where: string[] = ["i.org_id = $1"];
  const params: unknown[] = [orgId];
  if (f.status) {
    params.push(f.status);
    where.push(`i.status = $${params.length}`);
  }
  if (f.clientId) {
    params.push(f.clientId);
    where.push(`i.client_id = $${params.length}`);
  }
  if (f.from) {
    params.push(f.from);
    where.push(`i.created_at >= $${params.length}`);
  }
  if (f.to) {
    params.push(f.to);
    where.push(`i.created_at < $${params.length}`);
  }
  const orderBy = SORTABLE[f.sort ?? "date"] ?? SORTABLE.date;
  const direction = f.dir === "asc" ? "ASC" : "DESC";
  const text = `SELECT ${INVOICE_COLUMNS} FROM invoices i JOIN clients c ON c.id = i.client_id WHERE ${where.join(" AND ")} ORDER BY ${orderBy} ${direction} LIMIT 200`;
  // ok: sql-injection
  const { rows } = await pool.query(text, params);
  return rows as Array<{ id: string; number: string; status: string; total_cents: number; currency: string; due_date: string; client_name: string }>;
}

/** Monthly revenue for the dashboard chart. */
export async function revenueByMonth(orgId: string, year: string, currency?: string) {
  const currencyFilter = currency ? `AND currency = '${currency}'` : "";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT date_trunc('month', paid_at) AS month, SUM(total_cents)::bigint AS total FROM invoices WHERE org_id = $1 AND status = 'paid' AND EXTRACT(YEAR FROM paid_at) = ${year} ${currencyFilter} GROUP BY 1 ORDER BY 1`, [orgId]);
  return rows as Array<{ month: string; total: string }>;
}

/** Largest clients by billed amount. */
export async function topClients(orgId: string, limit: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT c.id, c.name, SUM(i.total_cents)::bigint AS billed FROM clients c JOIN invoices i ON i.client_id = c.id WHERE c.org_id = $1 GROUP BY c.id, c.name ORDER BY billed DESC LIMIT " + limit, [orgId]);
  return rows as Array<{ id: string; name: string; billed: string }>;
}

/** Aged receivables with a caller-chosen ordering (used by the CSV export). */
export async function agedReceivables(orgId: string, sortColumn: string, direction: string) {
  // ruleid: sql-injection
  return sql`SELECT i.number, c.name AS client_name, i.total_cents, i.due_date, now()::date - i.due_date::date AS days_overdue FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.org_id = ${orgId} AND i.status = 'sent' ORDER BY ${sql.unsafe(`${sortColumn} ${direction}`)}`;
}

/** Outstanding total per currency: everything is a parameter. */
export async function outstandingByCurrency(orgId: string) {
  // ok: sql-injection
  const rows = await sql.query("SELECT currency, SUM(total_cents)::bigint AS outstanding FROM invoices WHERE org_id = $1 AND status = 'sent' GROUP BY currency", [orgId]);
  return rows as Array<{ currency: string; outstanding: string }>;
}
