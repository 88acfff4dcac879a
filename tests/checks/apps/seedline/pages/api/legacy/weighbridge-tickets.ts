import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { weighDb } from "@/lib/mysql";
import { mobileSessionOptions, type MobileSession } from "@/lib/iron";

// Old tickets (before 2022) for the member app's history screen.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<MobileSession>(req, res, mobileSessionOptions);
  if (!session.memberId || !session.coopId) return res.status(401).json({ error: "unauthorized" });
  const year = Number(req.query.year);
  if (!Number.isInteger(year) || year < 2010 || year > 2022) return res.status(400).json({ error: "year out of range" });
  try {
    // ok: sql-injection
    const [rows] = await weighDb.query(
      "SELECT ticket_no, gross_kg, tare_kg, created_at FROM tickets WHERE member_ref = ? AND coop_ref = ? AND YEAR(created_at) = ?",
      [session.memberId, session.coopId, year],
    );
    // ok: excessive-data-exposure
    return res.status(200).json({ tickets: (rows as { ticket_no: string; gross_kg: number }[]).map((r) => ({ ticket: r.ticket_no, kg: r.gross_kg })) });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
