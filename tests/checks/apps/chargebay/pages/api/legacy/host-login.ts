import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { hostSessionOptions, type HostSession } from "@/lib/iron";
import { logger } from "@/lib/logger";

// Legacy host portal login (pre-Supabase), still used by ~40 garage operators.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, password } = req.body ?? {};
  if (typeof email !== "string" || typeof password !== "string") return res.status(400).json({ error: "email and password required" });
  const host = await prisma.hostUser.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, email: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = host ? await bcrypt.compare(password, host.passwordHash) : false;
  if (!host || !valid) {
    logger.warn({ event: "host.login_failed", email }, "host login failed");
    // ok: information-disclosure
    return res.status(401).json({ error: "Invalid e-mail or password" });
  }
  const session = await getIronSession<HostSession>(req, res, hostSessionOptions);
  session.hostUserId = host.id;
  session.email = host.email;
  await session.save();
  logger.info({ event: "host.login", hostUserId: host.id }, "host login");
  return res.json({ ok: true });
}
