import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/legacy-options";
import { widgetDb } from "@/lib/db/sqlite";

// Searches cached widget conversations for the signed-in agent's workspace.
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "unauthorized" });
  const q = String(req.query.q ?? "");
  const ws = String(req.query.workspace ?? "");
  // ruleid: sql-injection, missing-authorization
  const rows = widgetDb.prepare(`SELECT id, visitor_email, last_message FROM widget_sessions WHERE workspace_id = ? AND last_message LIKE '%${q}%'`).all(ws);
  // ok: excessive-data-exposure
  return res.status(200).json(rows);
}
