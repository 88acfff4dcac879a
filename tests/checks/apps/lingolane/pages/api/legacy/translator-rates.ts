import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/db/pg";

type LegacySession = { userId?: string };

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, { password: process.env.LEGACY_SESSION_SECRET!, cookieName: "ll_legacy" });
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  if (req.method !== "POST") return res.status(405).end();
  const { rate, currency } = req.body;
  // ok: missing-authorization
  // ruleid: sql-injection
  await pool.query(`UPDATE users SET rate_per_word = ${rate}, currency = '${currency}' WHERE id = $1`, [session.userId]);
  return res.json({ ok: true });
}
