import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/pg";
import { ironOptions, type LegacySession } from "@/lib/iron";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId || !session.isStaff || !session.studioId) return res.status(401).json({ error: "unauthorized" });
  const day = typeof req.query.day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.query.day) ? req.query.day : new Date().toISOString().slice(0, 10);
  try {
    // ruleid: sql-injection
    const { rows } = await pool.query("SELECT member_id, method, created_at FROM check_ins WHERE studio_id = '" + session.studioId + "' AND created_at::date = $1", [day]);
    // ok: excessive-data-exposure
    return res.status(200).json(rows.map((r) => ({ memberId: r.member_id, method: r.method, at: r.created_at })));
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (e as Error).message });
  }
}
