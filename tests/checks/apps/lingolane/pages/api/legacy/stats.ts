import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Public marketing counters: totals only, no per-user data.
// ok: missing-input-validation
// todook: missing-auth
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT (SELECT count(*) FROM users WHERE platform_role = 'TRANSLATOR')::int AS translators, (SELECT count(*) FROM jobs)::int AS jobs");
  // ok: excessive-data-exposure
  return res.json({ translators: rows[0].translators, jobs: rows[0].jobs });
}
