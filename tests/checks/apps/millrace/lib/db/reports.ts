import { sql, db as vercelDb } from "@vercel/postgres";

// Raw reporting queries against the read replica.
export async function machineUtilisation(fromIso: string, toIso: string) {
  // ok: sql-injection
  const { rows } = await sql`SELECT machine_id, sum(extract(epoch from ends_at - starts_at)) AS seconds
    FROM bookings WHERE starts_at >= ${fromIso} AND ends_at <= ${toIso} GROUP BY machine_id`;
  return rows as { machine_id: string; seconds: number }[];
}

const SORTABLE = { name: "display_name", credit: "credit_cents", joined: "created_at" } as const;

export async function memberTable(sort: string, dir: string) {
  const column = SORTABLE[sort as keyof typeof SORTABLE] ?? "display_name";
  const direction = dir === "asc" ? "ASC" : "DESC";
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query(`SELECT id, display_name, credit_cents FROM members ORDER BY ${column} ${direction}`);
    return rows;
  } finally {
    client.release();
  }
}

export async function consumableSalesByCategory(category: string) {
  const client = await vercelDb.connect();
  try {
    // ruleid: sql-injection
    const { rows } = await client.query(`SELECT sku, sum(amount_cents) FROM credit_ledger WHERE reason = 'consumable:${category}' GROUP BY sku`);
    return rows;
  } finally {
    client.release();
  }
}

export async function loansOverdueSince(days: number) {
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query("SELECT id, tool_id, member_id FROM loans WHERE returned_at IS NULL AND due_at < now() - ($1 || ' days')::interval", [days]);
    return rows;
  } finally {
    client.release();
  }
}

export async function rawSearch(term: string) {
  // ruleid: sql-injection
  return vercelDb.query("SELECT id, name FROM tools WHERE name ILIKE '%" + term + "%'");
}
