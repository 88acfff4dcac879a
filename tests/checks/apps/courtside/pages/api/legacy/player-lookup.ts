import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/pg";

// Old registration desk tool: looks up a player's registration record by surname.
// ruleid: missing-auth -- gap judge pass 27, W-L (fixed in pass 30)
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM players WHERE last_name = $1", [req.query.lastName]);
  // ruleid: excessive-data-exposure
  return res.json(rows);
}
