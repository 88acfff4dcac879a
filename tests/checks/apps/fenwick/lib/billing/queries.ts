import "server-only";
import { pool } from "@/lib/db/pg";

const SORTABLE = { created: "created_at", amount: "amount_cents", status: "status" } as const;

export async function listInvoicesForPatient(patientId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT id, amount_cents, currency, status, created_at FROM invoices WHERE patient_id = $1 ORDER BY created_at DESC",
    [patientId]
  );
  return rows as { id: number; amount_cents: number; currency: string; status: string; created_at: Date }[];
}

export async function getInvoiceForPatient(invoiceId: number, patientId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT id, amount_cents, currency, status, created_at FROM invoices WHERE id = $1 AND patient_id = $2",
    [invoiceId, patientId]
  );
  return rows[0] ?? null;
}

export async function searchInvoices(term: string, status?: string) {
  let text = `SELECT * FROM invoices WHERE insurer_ref ILIKE '%${term}%'`;
  if (status) text += ` AND status = '${status}'`;
  // ruleid: sql-injection -- SQL text built in a let with += then passed to pool.query
  const { rows } = await pool.query(text);
  return rows;
}

export async function listInvoicesSorted(sortKey: keyof typeof SORTABLE, limit: number) {
  const column = SORTABLE[sortKey] ?? "created_at";
  const { rows } = await pool.query(
    `SELECT id, patient_id, amount_cents, status, created_at FROM invoices ORDER BY ${column} DESC LIMIT $1`,
    [limit]
  );
  return rows;
}

export async function revenueByMonth(year: number) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT date_trunc('month', created_at) AS month, sum(amount_cents) AS total
       FROM invoices WHERE extract(year FROM created_at) = $1 AND status = 'paid'
      GROUP BY 1 ORDER BY 1`,
    [year]
  );
  return rows as { month: Date; total: string }[];
}

export async function clinicianStats(clinicianId: string, from: string, to: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT day, visits, no_shows FROM visit_stats WHERE clinician_id = '${clinicianId}' AND day BETWEEN '${from}' AND '${to}' ORDER BY day`
  );
  return rows;
}

export async function markInvoicePaid(invoiceId: number, method: string, processorRef: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // ok: sql-injection
    const inv = await client.query("UPDATE invoices SET status = 'paid' WHERE id = $1 RETURNING amount_cents", [invoiceId]);
    // ok: sql-injection
    await client.query(
      "INSERT INTO payments (invoice_id, amount_cents, method, processor_ref) VALUES ($1, $2, $3, $4)",
      [invoiceId, inv.rows[0].amount_cents, method, processorRef]
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

export async function exportInvoicesCsvRows(fromDate: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, patient_id, amount_cents, status, created_at FROM invoices WHERE created_at >= '" + fromDate + "'");
  return rows;
}

const STATUS_TABLE = "invoices";
export async function countByStatus() {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT status, count(*)::int AS n FROM ${STATUS_TABLE} GROUP BY status`);
  return rows as { status: string; n: number }[];
}
