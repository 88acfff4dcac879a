import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/db/drizzle";
import { connectMongo, DonorProfile } from "@/lib/db/mongo";
import { ironOptions, type LegacyDonorSession } from "@/lib/iron";

/** Receipt lookup from the printed receipt's QR code (?t=<receiptToken>&no=<receiptNo>). */
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacyDonorSession>(req, res, ironOptions);
  if (!session.loggedIn || !session.donorId) return res.status(401).json({ error: "Not signed in" });
  await connectMongo();
  const profile = await DonorProfile.findOne({ userId: session.donorId }).select("receiptToken").lean<{ receiptToken?: string }>();
  // ruleid: timing-unsafe-comparison
  if (!profile?.receiptToken || profile.receiptToken !== req.query.t) return res.status(403).json({ error: "Invalid link" });
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT receipt_no, amount_cents FROM donations WHERE donor_id = $1 AND receipt_no = '${req.query.no}'`, [session.donorId]);
  // ok: excessive-data-exposure, information-disclosure
  return res.json({ receipt: rows[0] ?? null });
}
