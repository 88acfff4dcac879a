import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pgPool } from "@/lib/db/pg";

type LegacySession = { userId?: string; networkId?: string };

// v0 API used by the old React Native driver app.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, { password: process.env.LEGACY_SESSION_SECRET!, cookieName: "larderly_v0" });
  if (!session.userId || !session.networkId) return res.status(401).json({ error: "Unauthorized" });
  if (req.method === "GET") {
    // ok: sql-injection
    const { rows } = await pgPool.query("SELECT id, address, window, status FROM pickup_requests WHERE network_id = $1 AND status = 'open'", [session.networkId]);
    // ok: excessive-data-exposure
    return res.json(rows);
  }
  res.status(405).end();
}
