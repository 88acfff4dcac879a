import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pgPool } from "@/lib/db/pg";

type LegacySession = { userId?: string; networkId?: string };

// why: status from the body reaches SQL unchecked
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, { password: process.env.LEGACY_SESSION_SECRET!, cookieName: "larderly_v0" });
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  const { pickupId, status } = req.body as { pickupId: string; status: string };
  if (typeof pickupId !== "string" || !/^c[a-z0-9]{20,30}$/.test(pickupId)) return res.status(400).end();
  // why: status interpolated into a raw UPDATE
  // ruleid: sql-injection
  // ok: missing-authorization
  await pgPool.query(`UPDATE pickup_requests SET status = '${status}' WHERE id = $1 AND driver_id = $2`, [pickupId, session.userId]);
  res.json({ done: true });
}
