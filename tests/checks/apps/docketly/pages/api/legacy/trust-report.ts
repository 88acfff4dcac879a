import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { pool } from "@/lib/db/pool";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId) return res.status(401).end();
  const clientId = req.query.clientId as string;
  try {
    // ruleid: sql-injection
    const { rows } = await pool.query("SELECT e.id, e.amount_cents, e.memo FROM trust_ledger_entries e JOIN trust_accounts a ON a.id = e.account_id WHERE a.firm_id = $1 AND e.client_id = '" + clientId + "'", [session.firmId]);
    // ok: excessive-data-exposure
    return res.json(rows.map((r) => ({ id: r.id, amount: r.amount_cents, memo: r.memo })));
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (error as Error).message });
  }
}
