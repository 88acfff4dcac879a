import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { boxOffice } from "@/lib/db/mysql";

// Venue managers look up walk-up sales by booking code (old box-office MySQL).
// ruleid: missing-input-validation
// todoruleid: missing-auth -- the walk-up sales read runs before the session check, but `walkup_sales` is no private model name for Warden (LABELS.md)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const code = String(req.query.code ?? "").trim();
  // ruleid: sql-injection
  const [rows] = await boxOffice.query(`SELECT * FROM walkup_sales WHERE booking_code = '${code}' LIMIT 20`);

  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Sign in to the dashboard first" });

  // ruleid: excessive-data-exposure
  return res.status(200).json({ sales: rows });
}
