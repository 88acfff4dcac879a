import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    await pool.query("SELECT 1");
    return res.json({ ok: true });
  } catch {
    // ok: information-disclosure
    return res.status(503).json({ ok: false });
  }
}
