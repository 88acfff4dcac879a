import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/db/pg";
import { kioskSessionOptions, type KioskSession } from "@/lib/session";

// Front desk: look up a member by email before a drop-in session.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  if (!session.studioId) return res.status(401).json({ error: "locked" });
  const email = req.query.email;
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) {
    return res.status(400).json({ error: "email required" });
  }
  try {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query("select m.id, u.name, m.plan, m.credits from memberships m join users u on u.id = m.user_id where u.email = $1 and m.studio_id = $2", [email, session.studioId]);
    // ok: excessive-data-exposure
    res.status(200).json({ member: rows[0] ?? null });
  } catch (err) {
    // ruleid: information-disclosure
    res.status(500).json({ error: (err as Error).message });
  }
}
