import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db/kysely";
import { encrypt } from "@/lib/session";
import { limiter } from "@/lib/limiter";
import { logger } from "@/lib/logger";

// Mobile app sign-in: returns a bearer JWT instead of setting a cookie.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const ip = (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0] ?? req.socket.remoteAddress ?? "unknown";
  try {
    await limiter.consume(`mobile-login:${ip}`);
  } catch {
    return res.status(429).json({ error: "Too many attempts" });
  }

  const { email, password } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof email !== "string" || typeof password !== "string") return res.status(400).json({ error: "Email and password are required" });

  const user = await db.selectFrom("users").select(["id", "org_id", "role", "password_hash"]).where("email", "=", email.toLowerCase()).executeTakeFirst();
  if (!user || !user.password_hash || !(await bcrypt.compare(password, user.password_hash))) {
    logger.warn({ event: "auth.login_failed", ip, client: "mobile" }, "mobile sign-in failed");
    // ok: information-disclosure
    return res.status(401).json({ error: "Invalid email or password" });
  }
  logger.info({ event: "auth.login", userId: user.id, client: "mobile" }, "mobile sign-in");
  const jwt = await encrypt({ userId: user.id, orgId: user.org_id, role: user.role }, "30d");
  return res.status(200).json({ token: jwt, expiresIn: 30 * 86_400 });
}
