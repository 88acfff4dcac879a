import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { analytics } from "@/lib/db/mysql";

type LegacySession = { userId?: string; orgId?: string };

/** CSV export from the pre-2024 analytics warehouse. */
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, {
    cookieName: "fp_legacy",
    password: process.env.LEGACY_SESSION_PASSWORD!,
  });
  if (!session.userId) return res.status(401).json({ error: "Sign in again" });

  const org = String(req.query.org ?? "");
  const from = String(req.query.from ?? "2024-01-01");
  // ruleid: missing-authorization, sql-injection
  const [rows] = await analytics.query(
    "SELECT flag_key, DATE(ts) AS day, COUNT(*) AS evaluations FROM eval_events WHERE org_id = '" +
      org +
      "' AND ts >= ? GROUP BY flag_key, day",
    [from],
  );
  res.setHeader("content-type", "text/csv");
  const list = rows as { flag_key: string; day: string; evaluations: number }[];
  res.send(["flag,day,evaluations", ...list.map((r) => `${r.flag_key},${r.day},${r.evaluations}`)].join("\n"));
}
