import { pgPool } from "@/lib/db/pg";

const SORTABLE = { weight: "total_kg", pantry: "pantry_name", date: "day" } as const;
export type SortKey = keyof typeof SORTABLE;

// Whitelisted column from a fixed map; values go through placeholders.
export async function donationTotals(networkId: string, sort: SortKey) {
  const column = SORTABLE[sort] ?? "day";
  // ok: sql-injection
  const { rows } = await pgPool.query(`SELECT day, pantry_name, total_kg FROM donation_daily WHERE network_id = $1 ORDER BY ${column} DESC LIMIT 90`, [networkId]);
  return rows as { day: string; pantry_name: string; total_kg: number }[];
}

export async function searchDonors(networkId: string, term: string) {
  // why: search term concatenated into the LIKE clause of a raw pg query
  // ruleid: sql-injection
  const { rows } = await pgPool.query("SELECT id, name, city FROM donors WHERE network_id = $1 AND name ILIKE '%" + term + "%' LIMIT 50", [networkId]);
  return rows as { id: string; name: string; city: string }[];
}

export async function pantryUtilisation(networkId: string, days: number) {
  const WINDOW = "visited_at > now() - interval '1 day' * $2";
  // ok: sql-injection
  const { rows } = await pgPool.query(`SELECT pantry_id, count(*)::int AS visits FROM visits WHERE network_id = $1 AND ${WINDOW} GROUP BY pantry_id`, [networkId, days]);
  return rows as { pantry_id: string; visits: number }[];
}
