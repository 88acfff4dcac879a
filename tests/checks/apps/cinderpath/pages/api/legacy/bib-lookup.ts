import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Public "find my bib" for race day.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { race, bib } = req.query;
  if (typeof race !== "string" || !/^[a-z0-9-]+$/.test(race)) return res.status(400).end();
  const bibNo = Number(bib);
  if (!Number.isInteger(bibNo) || bibNo < 1) return res.status(400).end();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT g.bib, u.name FROM registrations g JOIN users u ON u.id = g.user_id JOIN races r ON r.id = g.race_id WHERE r.slug = $1 AND g.bib = $2", [race, bibNo]);
  // ok: excessive-data-exposure
  return res.status(200).json(rows[0] ? { bib: rows[0].bib, name: rows[0].name } : null);
}
