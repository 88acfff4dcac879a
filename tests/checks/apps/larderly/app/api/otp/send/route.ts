import { NextResponse } from "next/server";
import { z } from "zod";
import { randomInt } from "node:crypto";
import { sql } from "@/lib/db/sql";
import { sendSms } from "@/lib/sms";
import { hashToken } from "@/lib/secure-compare";

// Driver phone sign-in, step 1.
// why: sends an SMS code to any number with no rate limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { phone } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/) }).parse(await req.json());
  const code = randomInt(0, 1_000_000).toString().padStart(6, "0");
  // ok: sql-injection
  await sql`INSERT INTO phone_otps (phone, code_hash, expires_at) VALUES (${phone}, ${hashToken(code)}, now() + interval '10 minutes')`;
  await sendSms(phone, `Your Larderly code is ${code}`);
  return NextResponse.json({ sent: true });
}
