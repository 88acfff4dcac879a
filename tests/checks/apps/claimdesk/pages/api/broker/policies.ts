import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { brokerSessionOptions, type BrokerSession } from "@/lib/iron";
import { ratingDb } from "@/lib/mysql";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BrokerSession>(req, res, brokerSessionOptions);
  if (!session.brokerId) return res.status(401).json({ error: "unauthorized" });
  const status = req.query.status as string;
  // ruleid: sql-injection
  const [rows] = await ratingDb.query(`SELECT policy_number, premium_cents FROM broker_policies WHERE broker_id = ? AND status = '${status}'`, [session.brokerId]);
  // ok: excessive-data-exposure
  return res.json({ policies: rows });
}
