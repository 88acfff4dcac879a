import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if ((session?.user as { role?: string } | undefined)?.role !== "STAFF") return res.status(403).json({ error: "Forbidden" });
  try {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT * FROM users ORDER BY created_at DESC LIMIT 5000");
    // ruleid: excessive-data-exposure
    return res.status(200).json(rows);
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: "Export failed", stack: (e as Error).stack });
  }
}
