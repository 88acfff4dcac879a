import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-v4";
import { pool } from "@/lib/db/pg";

// Old invoice list for the accounting export. Auth.js v4 session.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "Unauthorized" });
  const studioId = req.query.studioId;
  if (typeof studioId !== "string" || !/^c[a-z0-9]{20,30}$/.test(studioId)) return res.status(400).json({ error: "Bad studio" });
  // ok: sql-injection
  // ruleid: missing-authorization
  const { rows } = await pool.query('SELECT id, amount_cents, status, "createdAt" FROM "Invoice" WHERE "studioId" = $1 ORDER BY "createdAt" DESC', [studioId]);
  // ok: excessive-data-exposure
  return res.status(200).json(rows);
}
