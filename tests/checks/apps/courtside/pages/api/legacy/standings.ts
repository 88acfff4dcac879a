import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/pg";

// v1 widget endpoint still embedded by ~40 club sites. Public data.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const season = req.query.season;
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT team_name, played, points FROM standings_archive WHERE season = '" + season + "' ORDER BY points DESC");
  // ok: excessive-data-exposure
  return res.json(rows);
}
