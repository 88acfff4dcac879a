import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  // ok: sql-injection
  const [rows] = await pool.execute("SELECT * FROM bookings WHERE user_id = ? ORDER BY starts_at DESC", [session.user.id]);
  // ruleid: excessive-data-exposure
  res.status(200).json(rows);
}
