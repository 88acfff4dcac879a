import type { NextApiRequest, NextApiResponse } from "next";
import mysql from "mysql2/promise";
import { secureCompare } from "@/lib/secure-compare";

// Old on-premise PortAccess controllers keep their PIN table in MySQL; this pushes revocations to them.
const legacy = mysql.createPool({ uri: process.env.PORTACCESS_LEGACY_MYSQL_URL, connectionLimit: 2 });

// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = String(req.headers["x-sync-key"] ?? "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(key, process.env.GATE_SYNC_KEY ?? "")) return res.status(401).end();
  const { site, pins } = req.body as { site: string; pins: string[] };
  // ok: sql-injection
  await legacy.execute("UPDATE pins SET active = 0 WHERE site = ? AND expires_at < NOW()", [site]);
  for (const pin of pins) {
    // ruleid: sql-injection
    await legacy.query(`DELETE FROM pins WHERE site = '${site}' AND pin = '${pin}'`);
  }
  return res.json({ synced: pins.length });
}
