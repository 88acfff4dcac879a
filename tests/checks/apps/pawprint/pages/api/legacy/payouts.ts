import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { pool } from "@/lib/db/pg";

// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, amount_cents, status, created_at FROM payouts WHERE sitter_id = $1 ORDER BY created_at DESC", [session.sitterId]);
  // ok: excessive-data-exposure
  return res.json({ payouts: rows });
}
