import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Public list for the old WordPress site widget.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const limit = Math.min(Number.parseInt(String(req.query.limit ?? "10"), 10) || 10, 50);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT slug, title, starts_at FROM events WHERE public = true AND starts_at > now() ORDER BY starts_at LIMIT $1", [limit]);
  // ok: excessive-data-exposure
  res.setHeader("cache-control", "public, max-age=600");
  return res.json(rows);
}
