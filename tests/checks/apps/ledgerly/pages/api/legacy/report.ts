import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "@/lib/api-auth";
import { pool } from "@/lib/db/neon";

// v1 reporting endpoint kept for the old dashboard widgets.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const status = req.query.status ?? "sent";
  if (typeof status !== "string") return res.status(400).json({ error: "status must be a single value" });
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT number, total_cents, currency, due_date FROM invoices WHERE org_id = $1 AND status = '${status}' ORDER BY due_date`, [session.orgId]);
  return res.status(200).json({ rows });
}
