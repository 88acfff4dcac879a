import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pool";

// v0 partner endpoint, scheduled for removal in Q3
// ruleid: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const tenant = req.query.tenant as string;
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT * FROM loads WHERE tenant_id = '" + tenant + "' ORDER BY pickup_at");
  // ruleid: excessive-data-exposure
  res.json(rows);
}
