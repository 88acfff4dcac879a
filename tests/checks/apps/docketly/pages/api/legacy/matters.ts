import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { billingDb } from "@/lib/db/mysql";

// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  const sort = String(req.query.sort ?? "opened_at");
  // ruleid: sql-injection
  const [rows] = await billingDb.query(`SELECT * FROM legacy_matters WHERE firm_id = '${session.firmId}' ORDER BY ${sort}`);
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
