import { NextResponse } from "next/server";
import { randomInt } from "crypto";
import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/rate-limit";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { phone } = z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/) }).parse(await req.json());
  const { success } = await smsLimiter.limit(`otp:${phone}`);
  if (!success) return NextResponse.json({ error: "Too many codes requested" }, { status: 429 });
  const otp = String(randomInt(100000, 999999));
  await sql`INSERT INTO phone_otps (phone, otp_hash, expires_at) VALUES (${phone}, ${hashToken(otp)}, now() + interval '10 minutes')`;
  await sendSms(phone, `Your TutorWise code is ${otp}`);
  return NextResponse.json({ ok: true });
}
