import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "node:crypto";
import { getLegacySession } from "@/lib/session";
import { pool } from "@/lib/db/pg";

// Old mobile app login (iron-session cookie). Scheduled for removal.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, password } = req.body as { email?: string; password?: string };
  if (typeof email !== "string" || typeof password !== "string") return res.status(400).json({ error: "Missing fields" });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, school_id, role, legacy_password_hash FROM users WHERE email = $1", [email.toLowerCase()]);
  if (rows.length === 0) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "User not found" });
  }
  const hash = createHash("sha256").update(password + process.env.LEGACY_SALT).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (rows[0].legacy_password_hash !== hash) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Wrong password" });
  }
  const session = await getLegacySession(req, res);
  session.userId = rows[0].id;
  session.schoolId = rows[0].school_id;
  session.role = rows[0].role;
  await session.save();
  // ok: information-disclosure, excessive-data-exposure
  return res.json({ ok: true, userId: rows[0].id });
}
