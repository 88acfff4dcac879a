import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    // ok: sql-injection
    await pool.query("SELECT 1");
    return res.json({ status: "ok" });
  } catch {
    // ok: information-disclosure
    return res.status(503).json({ status: "degraded" });
  }
}
