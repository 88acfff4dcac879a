import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "node:crypto";
import { pool } from "@/lib/db/pg";

function hashPassword(pw: string, salt: string) {
  return createHash("sha256").update(salt + pw).digest("hex");
}

// v1 mobile app login (pre Auth.js); still used by ~3% of agents.
// ruleid: missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, password } = req.body ?? {};
  if (typeof email !== "string" || typeof password !== "string") return res.status(400).json({ error: "email and password required" });
  // ok: sql-injection
  const { rows } = await pool.query("select id, password_hash, salt from users_legacy where email = $1", [email]);
  const user = rows[0];
  if (!user) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No account with that email" });
  }
  // ruleid: timing-unsafe-comparison
  if (user.password_hash !== hashPassword(password, user.salt)) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Incorrect password" });
  }
  const token = createHash("sha256").update(`${user.id}:${Date.now()}:${Math.random()}`).digest("hex");
  await pool.query("insert into legacy_tokens (user_id, token_hash) values ($1, $2)", [user.id, createHash("sha256").update(token).digest("hex")]);
  return res.status(200).json({ token });
}
