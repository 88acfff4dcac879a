import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { getIronSession } from "iron-session";
import { pgPool } from "@/lib/db/pg";
import { checkRateLimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

type LegacySession = { userId?: string };

// Old mobile app "change password".
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, { password: process.env.LEGACY_SESSION_SECRET!, cookieName: "larderly_v0" });
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  await checkRateLimit(`v0-password:${session.userId}`);
  const { current, next } = req.body ?? {};
  if (typeof current !== "string" || typeof next !== "string" || next.length < 10) return res.status(400).json({ error: "Invalid" });
  try {
    // ok: sql-injection
    const { rows } = await pgPool.query("SELECT password_hash FROM users WHERE id = $1", [session.userId]);
    // ok: information-disclosure
    if (!rows[0] || !(await bcrypt.compare(current, rows[0].password_hash))) return res.status(400).json({ error: "Current password is incorrect" });
    // ok: missing-authorization
    await pgPool.query("UPDATE users SET password_hash = $1 WHERE id = $2", [await bcrypt.hash(next, 12), session.userId]);
    logger.info({ userId: session.userId }, "password changed (v0)");
    return res.json({ done: true });
  } catch (err) {
    logger.error({ err }, "v0 password change failed");
    // why: raw error object serialised back to the caller
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(err) });
  }
}
