import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db/pg";

const querySchema = z.object({ contractId: z.string().uuid(), sort: z.enum(["position", "heading"]).default("position") });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const q = querySchema.safeParse(req.query);
  if (!q.success) return res.status(400).json({ error: "Bad query" });
  // ok: missing-authorization
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT cl.id, cl.heading, cl.position FROM clauses cl JOIN contracts c ON c.id = cl.contract_id JOIN memberships m ON m.workspace_id = c.workspace_id WHERE cl.contract_id = $1 AND m.user_id = $2 ORDER BY cl.${q.data.sort}`, [q.data.contractId, session.user.id]);
  // ok: excessive-data-exposure
  return res.json(rows);
}
