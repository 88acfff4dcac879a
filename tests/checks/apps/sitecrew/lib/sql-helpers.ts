import { pool } from "@/lib/db/pool";

export const SORTABLE_COLUMNS = {
  date: "created_at",
  amount: "amount",
  vendor: "vendor_name",
  code: "cost_code",
} as const;

export function orderByColumn(key: string | null | undefined): string {
  return SORTABLE_COLUMNS[(key ?? "date") as keyof typeof SORTABLE_COLUMNS] ?? "created_at";
}

export function direction(dir: string | null | undefined): "ASC" | "DESC" {
  return dir === "asc" ? "ASC" : "DESC";
}

export function placeholders(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => `$${i + offset + 1}`).join(", ");
}

/** Cost lines for a set of cost codes; values go through placeholders. */
export async function costLinesFor(tenantId: string, codes: string[]) {
  const text = `SELECT cost_code, SUM(amount) AS total FROM cost_lines WHERE tenant_id = $1 AND cost_code IN (${placeholders(codes.length, 1)}) GROUP BY cost_code`;
  // ok: sql-injection
  const { rows } = await pool.query(text, [tenantId, ...codes]);
  return rows as { cost_code: string; total: string }[];
}

/** Contact search used by the directory and the CSV exporter. */
export async function searchContactsRaw(tenantId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, name, email, company FROM contacts WHERE tenant_id = $1 AND (name ILIKE '%${term}%' OR company ILIKE '%${term}%') LIMIT 50`,
    [tenantId],
  );
  return rows as { id: string; name: string; email: string | null; company: string | null }[];
}
