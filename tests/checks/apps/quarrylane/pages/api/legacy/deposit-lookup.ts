import type { NextApiRequest, NextApiResponse } from "next";
import Database from "better-sqlite3";

const lite = new Database(process.env.LEGACY_SQLITE_PATH ?? "legacy.db", { readonly: true });

// why: returns deposit records for any reference with no session at all.
// ok: missing-input-validation
// todoruleid: missing-auth
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const ref = String(req.query.ref ?? "");
  if (!/^[A-Z0-9]{8}$/.test(ref)) return res.status(400).end();
  // ok: sql-injection
  const row = lite.prepare("SELECT ref, amount_cents, status FROM deposits WHERE ref = ?").get(ref) as any;
  // ok: excessive-data-exposure
  return res.json(row ? { ref: row.ref, amount: row.amount_cents, status: row.status } : null);
}
