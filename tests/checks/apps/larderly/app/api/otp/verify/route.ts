import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { checkRateLimit } from "@/lib/ratelimit";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";
import { createDriverSession } from "@/lib/auth/driver-session";

// Driver phone sign-in, step 2.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const { phone, code } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/), code: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  await checkRateLimit(`otp:${phone}`);
  // ok: sql-injection
  const [row] = await sql`SELECT code_hash FROM phone_otps WHERE phone = ${phone} AND expires_at > now() ORDER BY expires_at DESC LIMIT 1`;
  // ok: timing-unsafe-comparison
  if (!row || !secureCompare(hashToken(code), row.code_hash)) {
    logger.warn({ phone }, "driver otp failed");
    return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  }
  await createDriverSession(phone);
  logger.info({ phone }, "driver signed in");
  return NextResponse.json({ done: true });
}
