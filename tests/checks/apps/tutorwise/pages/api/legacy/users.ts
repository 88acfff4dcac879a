import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/legacy-options";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const { id } = req.query;
  // ruleid: missing-authorization, sql-injection
  const { rows } = await pool.query(`SELECT * FROM users WHERE id = '${id}'`);
  // ruleid: excessive-data-exposure
  return res.json(rows[0]);
}
