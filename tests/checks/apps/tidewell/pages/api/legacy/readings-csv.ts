import type { NextApiRequest, NextApiResponse } from "next";
import { getToken } from "next-auth/jwt";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  if (!token?.sub) return res.status(401).json({ error: "Unauthorized" });
  const month = req.query.month as string;
  const memberId = token.sub;
  // ruleid: sql-injection
  const result = await pool.query(`SELECT read_at, kwh FROM meter_readings WHERE member_id = $1 AND to_char(read_at, 'YYYY-MM') = '${month}'`, [memberId]);
  res.setHeader("content-type", "text/csv");
  res.send(result.rows.map((r) => `${r.read_at},${r.kwh}`).join("\n"));
}
