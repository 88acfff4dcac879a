import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/db/pool";
import { sessionOptions, type KioskSession } from "@/lib/iron";

// v1 worker lookup, still used by the foreman Android app (< 3.0).
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, sessionOptions);
  if (!session.tenantId || !session.crewMemberId) return res.status(401).json({ error: "unauthorized" });

  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT * FROM workers WHERE tenant_id = $1 AND badge_number = '" + req.query.badge + "'", [
    session.tenantId,
  ]);
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows[0] ?? null);
}
