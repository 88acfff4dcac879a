import type { NextApiRequest, NextApiResponse } from "next";
import { pgPool } from "@/lib/db/pg";

// Hours report embedded in partner dashboards — no session at all.
// why: reads a volunteer's private hours by query param with no authentication
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = String(req.query.userId ?? "");
  if (!/^c[a-z0-9]{20,30}$/.test(userId)) return res.status(400).end();
  // ok: sql-injection
  const { rows } = await pgPool.query("SELECT s.title, s.starts_at FROM shift_signups su JOIN shifts s ON s.id = su.shift_id WHERE su.user_id = $1 AND su.checked_in", [userId]);
  // ok: excessive-data-exposure
  return res.json(rows.map((r) => ({ title: r.title, startsAt: r.starts_at })));
}
