import type { NextApiRequest, NextApiResponse } from "next";
import { widgetDb } from "@/lib/db/sqlite";
import { secureCompare } from "@/lib/crypto";

const RETENTION_DAYS = 30;

// ok: missing-auth, missing-input-validation
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const secret = String(req.headers["x-cron-secret"] ?? "");
  // ok: timing-unsafe-comparison
  if (secret === "" || !secureCompare(secret, process.env.CRON_SECRET!)) {
    return res.status(401).json({ error: "unauthorized" });
  }
  // ok: sql-injection
  const info = widgetDb.prepare(`DELETE FROM widget_sessions WHERE last_seen < datetime('now', '-${RETENTION_DAYS} days')`).run();
  return res.status(200).json({ deleted: info.changes });
}
