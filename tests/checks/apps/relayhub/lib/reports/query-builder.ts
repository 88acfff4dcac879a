import "server-only";
import { pool } from "@/lib/db/pool";
import { warehouse } from "@/lib/db/mysql";

const SORTABLE = { amount: "amount_pence", date: "created_at", campaign: "campaign_id" } as const;
const DIRECTIONS = { asc: "ASC", desc: "DESC" } as const;

export type SortKey = keyof typeof SORTABLE;
export type SortDir = keyof typeof DIRECTIONS;

export async function listGiftsSorted(charityId: string, sort: SortKey, dir: SortDir) {
  const column = SORTABLE[sort] ?? SORTABLE.date;
  const direction = DIRECTIONS[dir] ?? DIRECTIONS.desc;
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, amount_pence, campaign_id, created_at FROM donations WHERE charity_id = $1 ORDER BY ${column} ${direction} LIMIT 500`,
    [charityId],
  );
  return rows as { id: string; amount_pence: number; campaign_id: string | null; created_at: Date }[];
}

/** Builds "$2, $3, ..." for an IN list; values go in the parameter array. */
export async function giftsForDonors(charityId: string, donorIds: string[]) {
  if (donorIds.length === 0) return [];
  const placeholders = donorIds.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT donor_id, SUM(amount_pence)::int AS total FROM donations WHERE charity_id = $1 AND donor_id IN (${placeholders}) GROUP BY donor_id`,
    [charityId, ...donorIds],
  );
  return rows as { donor_id: string; total: number }[];
}

/** Legacy warehouse search used by the donor de-duplication screen. */
export async function warehouseSearch(charityId: string, surname: string) {
  // ruleid: sql-injection
  const [rows] = await warehouse.query(
    `SELECT legacy_id, first_name, last_name, postcode FROM donors WHERE charity_ref = ? AND last_name LIKE '${surname}%' LIMIT 50`,
    [charityId],
  );
  return rows;
}

export async function lapsedSince(months: number) {
  const m = Math.max(1, Math.min(60, Math.trunc(Number(months))));
  // clamped integer; see LABELS.md "unsure" — deliberately unlabelled
  const { rows } = await pool.query(
    `SELECT d.id, d.email, d.first_name FROM donors d WHERE d.last_gift_at < now() - interval '${m} months' AND d.email_opt_in = true`,
  );
  return rows as { id: string; email: string; first_name: string }[];
}
