import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/legacy-pg";

// Used by the old phone-bidding desk to look up a buyer before taking a bid.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = String(req.query.email ?? "");
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT * FROM users WHERE email = '${email}'`);
  if (rows.length === 0) {
    return res.status(404).json({ error: "user not found" }); // ruleid: information-disclosure
  }
  // ruleid: excessive-data-exposure
  return res.json(rows[0]);
}
