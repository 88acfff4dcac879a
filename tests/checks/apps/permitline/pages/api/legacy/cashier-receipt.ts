import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { RowDataPacket } from "mysql2";
import { sessionOptions, type CounterSession } from "@/lib/iron";
import { cashierDb } from "@/lib/db/mysql";

// Receipt reprint endpoint for the front-counter registers.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<CounterSession>(req, res, sessionOptions);
  if (!session.userId || !session.drawerId) return res.status(401).json({ error: "Sign in at the register" });
  const receiptId = Number(req.query.id);
  if (!Number.isInteger(receiptId) || receiptId <= 0) return res.status(400).json({ error: "Bad id" });
  // ok: sql-injection
  const [rows] = await cashierDb.query<RowDataPacket[]>("SELECT * FROM receipts WHERE id = ? AND drawer_id = ?", [receiptId, session.drawerId]);
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows[0]);
}
