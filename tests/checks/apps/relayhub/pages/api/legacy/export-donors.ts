import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pool";

// One-off export endpoint from the 2022 migration; still routed.
// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const charity = req.query.charity as string;
  try {
    // ruleid: sql-injection
    const result = await pool.query("SELECT * FROM \"Donor\" WHERE \"charityId\" = '" + charity + "'");
    // ruleid: excessive-data-exposure
    return res.status(200).json(result.rows);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err instanceof Error ? err.message : "unknown" });
  }
}
