import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  // ok: sql-injection
  await pool.query("SELECT 1");
  // ok: excessive-data-exposure
  res.json({ ok: true });
}
