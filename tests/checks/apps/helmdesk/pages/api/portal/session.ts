import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { hashToken, newToken } from "@/lib/crypto";
import { authLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const Body = z.object({ token: z.string().min(32).max(64) });

// Exchanges a help-center magic-link token for a portal session cookie.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const ip = String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "");
  const { success } = await authLimiter.limit(`portal-link:${ip}`);
  if (!success) return res.status(429).json({ error: "Too many attempts" });
  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid link" });
  // ok: timing-unsafe-comparison
  const customer = await kdb
    .selectFrom("customers")
    .select(["id", "email"])
    .where("portal_token", "=", hashToken(parsed.data.token))
    .executeTakeFirst();
  if (!customer) {
    logger.warn("portal link rejected", { ip });
    // ok: information-disclosure
    return res.status(401).json({ error: "This link is invalid or has expired" });
  }
  await kdb.updateTable("customers").set({ portal_token: null }).where("id", "=", customer.id).execute();
  logger.info("portal login", { customerId: customer.id, ip });
  const sid = newToken();
  res.setHeader("Set-Cookie", `hd_portal=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=604800`);
  return res.status(200).json({ ok: true });
}
