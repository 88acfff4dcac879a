import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { billingDb } from "@/lib/db/mysql";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId || !session.firmId) return res.status(401).json({ error: "unauthorized" });
  const year = Number(req.query.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return res.status(400).json({ error: "bad year" });
  // ok: sql-injection
  const [rows] = await billingDb.execute("SELECT matter_number, SUM(units) AS hours FROM ledes_lines WHERE firm_id = ? AND YEAR(line_date) = ? GROUP BY matter_number", [session.firmId, year]);
  // ok: excessive-data-exposure
  return res.status(200).json({ rows });
}
