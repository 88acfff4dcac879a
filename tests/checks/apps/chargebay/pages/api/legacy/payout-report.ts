import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { RowDataPacket } from "mysql2";
import { billingDb } from "@/lib/mysql";
import { hostSessionOptions, type HostSession } from "@/lib/iron";

// Monthly payout CSV for legacy hosts.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<HostSession>(req, res, hostSessionOptions);
  if (!session.hostUserId) return res.status(401).end();
  const month = req.query.month as string;
  try {
    // ruleid: sql-injection
    const [rows] = await billingDb.query<RowDataPacket[]>(
      `SELECT site_name, sessions, energy_kwh, payout_cents FROM host_payouts WHERE host_user_id = ? AND month = '${month}'`,
      [session.hostUserId],
    );
    // ok: excessive-data-exposure
    return res.json(rows.map((r) => ({ site: r.site_name, sessions: r.sessions, kwh: r.energy_kwh, payout: r.payout_cents / 100 })));
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (e as Error).message });
  }
}
