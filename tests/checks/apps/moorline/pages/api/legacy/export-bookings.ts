import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

/** CSV export from the 2021 dashboard. The dashboard page used to be behind basic auth on nginx. */
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const orgId = req.query.org;
  if (typeof orgId !== "string" || !/^c[a-z0-9]{20,32}$/.test(orgId)) return res.status(400).end();
  // ok: sql-injection
  const { rows } = await pool.query('SELECT * FROM "Booking" WHERE "orgId" = $1 ORDER BY "startsAt" DESC', [orgId]);
  // ruleid: excessive-data-exposure
  return res.json(rows);
}
