import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { pool } from "@/lib/db/pg";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.sitterId) return res.status(401).json({ error: "unauthorized" });
  if (req.method === "GET") {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT slug, headline, bio, city, hourly_rate_cents FROM sitters WHERE id = $1", [session.sitterId]);
    // ok: excessive-data-exposure
    return res.json(rows[0] ?? null);
  }
  const { field, value } = req.body;
  // ruleid: sql-injection
  await pool.query("UPDATE sitters SET " + field + " = $1 WHERE id = $2", [value, session.sitterId]);
  return res.json({ ok: true });
}
