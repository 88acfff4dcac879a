import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth/better-auth";
import { legacy } from "@/lib/db/mysql";

// v1 funding dashboard still calls this endpoint.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const ukprn = req.query.ukprn as string;
  const period = req.query.period as string;
  // ruleid: sql-injection
  // ruleid: missing-authorization
  const [rows] = await legacy.query(`SELECT uln, amount FROM ilr_claim_lines WHERE ukprn = '${ukprn}' AND period = '${period}'`);
  // ok: excessive-data-exposure
  return res.status(200).json({ lines: rows });
}
