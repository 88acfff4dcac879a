import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { hashToken } from "@/lib/secure-compare";
import { logSecurityEvent } from "@/lib/audit";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const { phone, otp } = await req.json();
  // ok: timing-unsafe-comparison
  if (typeof phone !== "string" || typeof otp !== "string" || !/^\d{6}$/.test(otp)) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const [row] = await sql<{ otp_hash: string; user_id: string | null }[]>`SELECT otp_hash, user_id FROM phone_otps WHERE phone = ${phone} AND expires_at > now() ORDER BY expires_at DESC LIMIT 1`;
  if (!row) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "No account is registered with this phone number" }, { status: 404 });
  }
  // ruleid: timing-unsafe-comparison
  if (row.otp_hash !== hashToken(otp)) {
    await logSecurityEvent("otp.failure", row.user_id);
    return NextResponse.json({ error: "Incorrect code" }, { status: 401 });
  }
  await logSecurityEvent("otp.success", row.user_id);
  return NextResponse.json({ verified: true });
}
