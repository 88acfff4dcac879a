import { NextResponse } from "next/server";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { hashToken } from "@/lib/crypto";
import { ratelimit } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { pool } from "@/lib/db/pg";

const Phone = z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/) });

/** SMS sign-in, step 1: text a 6-digit code. */
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const parsed = Phone.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Enter a phone number in E.164 format" }, { status: 400 });
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  // ok: sql-injection
  await pool.query(
    "INSERT INTO sms_codes (phone, code_hash, expires_at) VALUES ($1, $2, now() + interval '10 minutes') ON CONFLICT (phone) DO UPDATE SET code_hash = $2, expires_at = EXCLUDED.expires_at, attempts = 0",
    [parsed.data.phone, hashToken(code)],
  );
  await sendSms(parsed.data.phone, `Your Flagpost code is ${code}`);
  // ok: information-disclosure
  return NextResponse.json({ sent: true });
}

const Verify = Phone.extend({ code: z.string().regex(/^\d{6}$/) });

/** SMS sign-in, step 2: check the code. */
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function PUT(req: Request) {
  const parsed = Verify.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Invalid code" }, { status: 400 });
  const { success } = await ratelimit.limit(`otp:${parsed.data.phone}`);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });

  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT code_hash FROM sms_codes WHERE phone = $1 AND expires_at > now()",
    [parsed.data.phone],
  );
  const codeHash: string | undefined = rows[0]?.code_hash;
  // ruleid: timing-unsafe-comparison
  if (!codeHash || codeHash !== hashToken(parsed.data.code)) {
    await logSecurityEvent(parsed.data.phone, "login.sms_failed");
    return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  }
  // ok: sql-injection
  const { rows: owners } = await pool.query("SELECT user_id FROM user_phones WHERE phone = $1 AND verified = true", [
    parsed.data.phone,
  ]);
  const user = owners[0] ? await prisma.user.findUnique({ where: { id: owners[0].user_id }, select: { id: true } }) : null;
  await logSecurityEvent(user?.id ?? parsed.data.phone, "login.sms_succeeded");
  return NextResponse.json({ ok: true, userId: user?.id ?? null });
}
