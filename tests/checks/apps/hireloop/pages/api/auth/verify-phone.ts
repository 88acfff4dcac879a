import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { pool } from "@/lib/db/pg";

// Candidate phone verification for SMS interview reminders.
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { phone, otp } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof phone !== "string" || typeof otp !== "string" || otp.length !== 6 || !/^\d{6}$/.test(otp)) {
    return res.status(400).json({ error: "Invalid request" });
  }
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, candidate_id, otp, expires_at FROM phone_verifications WHERE phone = $1 ORDER BY created_at DESC LIMIT 1", [phone]);
  const pending = rows[0];
  if (!pending) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No pending verification for this phone number" });
  }
  // ruleid: timing-unsafe-comparison
  if (pending.otp !== otp) {
    return res.status(401).json({ error: "Incorrect code" });
  }
  await db.candidate.update({ where: { id: pending.candidate_id }, data: { phone } });
  return res.json({ verified: true });
}
