import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { boxOffice } from "@/lib/db/mysql";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session || session.user.role !== "ADMIN") return res.status(403).json({ error: "Forbidden" });

  const venue = req.query.venue;
  if (typeof venue !== "string" || !/^[A-Z]{3}\d{2}$/.test(venue)) return res.status(400).json({ error: "Bad venue code" });

  // ok: sql-injection
  const [rows] = await boxOffice.execute(
    "SELECT DATE(sold_at) AS day, COUNT(*) AS tickets, SUM(amount_pence) AS gross FROM walkup_sales WHERE venue_code = ? GROUP BY DATE(sold_at) ORDER BY day DESC LIMIT 30",
    [venue],
  );
  // ok: excessive-data-exposure
  return res.status(200).json({ venue, days: rows });
}
