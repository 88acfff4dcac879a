import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { createHash } from "node:crypto";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { pool } from "@/lib/db/pg";

// Old sitter kiosk app (pre-2023 accounts with sha256 password hashes).
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, password } = req.body ?? {};
  if (typeof email !== "string" || typeof password !== "string" || email.length > 254) return res.status(400).json({ error: "invalid" });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, legacy_password_hash FROM legacy_sitters WHERE email = $1", [email.toLowerCase()]);
  if (rows.length === 0) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No sitter account found for that email" });
  }
  const hash = createHash("sha256").update(password).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (rows[0].legacy_password_hash !== hash) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Wrong password" });
  }
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  session.sitterId = rows[0].id;
  session.isLoggedIn = true;
  await session.save();
  return res.json({ ok: true });
}
