import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    // ok: sql-injection
    await pool.query("SELECT 1");
    return res.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ ok: false, error: (err as Error).message });
  }
}
