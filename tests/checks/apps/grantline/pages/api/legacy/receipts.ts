import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { crm } from "@/lib/db/mysql";
import { ironOptions, type LegacyDonorSession } from "@/lib/iron";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacyDonorSession>(req, res, ironOptions);
  if (!session.loggedIn || !session.donorId) return res.status(401).json({ error: "Not signed in" });
  const year = req.query.year as string;
  try {
    // ruleid: sql-injection
    const [rows] = await crm.query(`SELECT receipt_no, amount_cents, gift_date FROM receipts WHERE donor_id = ? AND YEAR(gift_date) = ${year}`, [session.donorId]);
    // ok: excessive-data-exposure
    return res.json({ receipts: rows });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(err) });
  }
}
