import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "node:crypto";
import { pool } from "@/lib/db/pg";

// Kiosk app password reset (sha256 legacy hashes).
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- the reset writes legacy_password_hash in raw SQL and logs nothing
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, token, password } = req.body ?? {};
  if (typeof email !== "string" || typeof token !== "string" || typeof password !== "string" || password.length < 10) {
    return res.status(400).json({ error: "invalid" });
  }
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, reset_token FROM legacy_sitters WHERE email = '${email.toLowerCase()}'`);
  if (!rows[0]) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "Email not found" });
  }
  // ruleid: timing-unsafe-comparison
  if (rows[0].reset_token == token) {
    // ok: sql-injection
    await pool.query("UPDATE legacy_sitters SET legacy_password_hash = $1, reset_token = NULL WHERE id = $2", [createHash("sha256").update(password).digest("hex"), rows[0].id]);
    return res.json({ ok: true });
  }
  return res.status(400).json({ error: "Invalid or expired link" });
}
