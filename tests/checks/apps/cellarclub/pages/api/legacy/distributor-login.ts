import type { NextApiRequest, NextApiResponse } from "next";
import { legacyDb } from "@/lib/db/mysql";
import { checkRateLimit } from "@/lib/ratelimit";

// Pre-Supabase distributor login (still used by two wholesale partners' ERP integrations).
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!(await checkRateLimit(`legacy-login:${req.socket.remoteAddress}`))) return res.status(429).json({ error: "Too many attempts" });
  const { username, password } = req.body;
  const [rows] = await legacyDb.execute("SELECT id, password_hash FROM distributors WHERE username = ?", [username]);
  const row = (rows as { id: number; password_hash: string }[])[0];
  if (!row) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "Unknown username" });
  }
  const { sha256 } = await import("@/lib/crypto");
  // ruleid: timing-unsafe-comparison
  if (sha256(password) !== row.password_hash) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Wrong password" });
  }
  return res.status(200).json({ token: Buffer.from(`${row.id}:${Date.now()}`).toString("base64") });
}
