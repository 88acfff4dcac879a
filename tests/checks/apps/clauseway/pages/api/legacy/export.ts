import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { pool } from "@/lib/db/pg";
import { toCsvRow } from "@/lib/legacy/csv";

// Legacy v1 CSV export (pages router). Still linked from old emails.
// why: getServerSession called without options and its result never checked; workspace id from the query is only String()-coerced
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, {} as never);
  const workspaceId = String(req.query.workspaceId ?? "");
  const { rows } = await pool.query("SELECT id, title, status, value FROM contracts WHERE workspace_id = $1", [workspaceId]);
  res.setHeader("content-type", "text/csv");
  res.send(["id,title,status,value", ...rows.map((r) => toCsvRow([r.id, r.title, r.status, r.value]))].join("\n") + (session ? "" : ""));
}
