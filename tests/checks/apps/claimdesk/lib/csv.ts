import Papa from "papaparse";
import { pool } from "@/lib/pg";

export function parseCsv(text: string) {
  const out = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { rows: out.data, fields: out.meta.fields ?? [] };
}

export function toCsv(rows: Record<string, unknown>[]) {
  return Papa.unparse(rows);
}

// Bulk insert used by the legacy policy importer. Column names come from the uploaded file's header row.
export async function bulkInsert(table: "policy_import_staging" | "claim_import_staging", columns: string[], rows: Record<string, string>[]) {
  const placeholders = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
  const values = rows.flatMap((row) => columns.map((c) => row[c] ?? null));
  // ruleid: sql-injection
  await pool.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${placeholders}`, values);
}

const EXPORTABLE = new Set(["number", "status", "loss_date", "reserve_cents", "paid_cents", "created_at"]);

export function safeColumns(requested: string[]) {
  const cols = requested.filter((c) => EXPORTABLE.has(c));
  return cols.length ? cols : ["number", "status"];
}

export async function exportClaims(tenantId: string, requested: string[]) {
  const cols = safeColumns(requested);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT ${cols.join(", ")} FROM claims WHERE tenant_id = $1 ORDER BY created_at DESC`, [tenantId]);
  return rows as Record<string, unknown>[];
}
