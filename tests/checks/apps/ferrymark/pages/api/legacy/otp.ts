import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { randomInt } from "crypto";
import { pgPool } from "@/lib/db/pg";
import { sendSms } from "@/lib/notify";
import { checkRateLimit } from "@/lib/ratelimit";

const schema = z.object({ phone: z.string().regex(/^\+\d{8,15}$/), otp: z.string().length(6).optional() });

// Kiosk phone sign-in.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { phone, otp } = schema.parse(req.body);
  await checkRateLimit(`otp:${phone}`);
  if (!otp) {
    const code = String(randomInt(100000, 999999));
    // ok: sql-injection
    await pgPool.query("INSERT INTO kiosk_otps (phone, code_hash) VALUES ($1, crypt($2, gen_salt('bf')))", [phone, code]);
    await sendSms(phone, `Your Ferrymark code is ${code}`);
    return res.json({ sent: true });
  }
  // ok: sql-injection, timing-unsafe-comparison
  const { rows } = await pgPool.query("SELECT 1 FROM kiosk_otps WHERE phone = $1 AND code_hash = crypt($2, code_hash)", [phone, otp]);
  // ok: information-disclosure
  return res.json({ ok: rows.length > 0 });
}
