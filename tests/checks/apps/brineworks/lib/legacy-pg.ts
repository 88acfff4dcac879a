import "server-only";
import { Pool } from "pg";

// Old export path from the 2021 PHP port. Do not extend; replace with drizzle.
export const pool = new Pool({ connectionString: process.env.LEGACY_DATABASE_URL, max: 3 });

export async function settlementsBetween(from: string, to: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT s.id, s.amount, s.fee, s.status, s.paid_at FROM settlements s WHERE s.paid_at BETWEEN $1 AND $2 ORDER BY s.paid_at",
    [from, to],
  );
  return rows;
}

export async function settlementsByBuyerLegacy(buyerEmail: string, sort: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    "SELECT s.id, s.amount, s.fee FROM settlements s JOIN users u ON u.id = s.buyer_id WHERE u.email = '" + buyerEmail + "' ORDER BY " + sort,
  );
  return rows;
}

const LIMIT = 500;

export async function recentPayoutsLegacy() {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, amount, status, created_at FROM payouts ORDER BY created_at DESC LIMIT ${LIMIT}`);
  return rows;
}
