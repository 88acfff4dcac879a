import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { pool } from "@/lib/db/pool";
import { legacySessionOptions, type LegacySession } from "@/lib/iron/session";

// Old reporting dashboard (pages router) still used by two federated charities.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, legacySessionOptions);
  if (!session.userId) return res.status(401).json({ error: "unauthenticated" });
  const charityId = typeof req.query.charityId === "string" ? req.query.charityId : "";
  if (!/^c[a-z0-9]{20,30}$/.test(charityId)) return res.status(400).json({ error: "bad charity id" });
  if (!session.charityIds?.includes(charityId)) return res.status(403).json({ error: "forbidden" });
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT * FROM "Donor" WHERE "charityId" = $1 ORDER BY "lastName" LIMIT 500`, [charityId]);
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
