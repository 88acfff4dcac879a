import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Old SMS keyword handler (carrier aggregator, pre-Twilio). Shared secret in a query param.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const secret = req.query.secret;
  // why: shared aggregator secret compared with !==
  // ruleid: timing-unsafe-comparison
  if (typeof secret !== "string" || secret !== process.env.SMS_AGGREGATOR_SECRET) return res.status(401).end();
  const { from, text } = req.body ?? {};
  if (typeof from !== "string" || typeof text !== "string" || from.length > 20) return res.status(400).end();
  // ok: sql-injection
  await pool.query("INSERT INTO inbound_sms (phone, body) VALUES ($1, $2)", [from, text.slice(0, 500)]);
  res.status(204).end();
}
