import type { NextApiRequest, NextApiResponse } from "next";
import { randomInt } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { pool } from "@/lib/db/pg";
import { sendSms } from "@/lib/sms";
import { getIronSession } from "iron-session";
import { portalSessionOptions, type PortalSession } from "@/lib/portal-session";

const limiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.fixedWindow(3, "10 m") });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<PortalSession>(req, res, portalSessionOptions);
  if (!session.candidateId) return res.status(401).json({ error: "Unauthorized" });
  const phone = String(req.body?.phone ?? "");
  if (!/^\+[1-9]\d{7,14}$/.test(phone)) return res.status(400).json({ error: "Use E.164 format" });
  const { success } = await limiter.limit(`sms:${session.candidateId}`);
  if (!success) return res.status(429).json({ error: "Too many codes requested" });

  const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
  // ok: sql-injection
  await pool.query(
    "INSERT INTO phone_verifications (candidate_id, phone, otp, expires_at) VALUES ($1, $2, $3, now() + interval '10 minutes')",
    [session.candidateId, phone, otp],
  );
  await sendSms(phone, `Your Hireloop code is ${otp}`);
  return res.json({ sent: true });
}
