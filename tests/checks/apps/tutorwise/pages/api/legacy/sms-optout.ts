import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";

// Twilio inbound "STOP" keyword handler (legacy)
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const from = req.body?.From;
  if (typeof from !== "string" || !/^\+\d{8,15}$/.test(from)) return res.status(400).end();
  // ok: sql-injection
  await pool.query("UPDATE users SET sms_opt_in = false WHERE phone = $1", [from]);
  res.setHeader("Content-Type", "text/xml");
  return res.send("<Response/>");
}
