import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { reportsDb } from "@/lib/db/mysql";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.isLoggedIn || !session.sitterId) return res.status(401).json({ error: "unauthorized" });
  // ok: sql-injection
  const [rows] = await reportsDb.query("SELECT * FROM bookings WHERE sitter_id = ? ORDER BY starts_at DESC LIMIT 100", [session.sitterId]);
  // ruleid: excessive-data-exposure
  return res.json({ bookings: rows });
}
