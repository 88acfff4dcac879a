import { NextResponse, type NextRequest } from "next/server";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { sessionOptions, type SessionData } from "@/lib/session";
import { rateLimit } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { hashOtp, secureCompare } from "@/lib/crypto";
import { verifyOtpSchema } from "@/lib/validation/schemas";

const GENERIC = { error: "That code didn't work. Request a new one and try again." };

/** Mobile app sign-in (same flow as the verifyOtp action, hardened after the pen test). */
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest) {
  const parsed = verifyOtpSchema.safeParse(await req.json().catch(() => null));
  // ok: information-disclosure
  if (!parsed.success) return NextResponse.json(GENERIC, { status: 400 });
  const { phone, code } = parsed.data;

  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  const limited = await rateLimit(`otp-verify:${phone}`, 5, 900);
  if (!limited.success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });

  await connectMongo();
  const patient = await Patient.findOne({ phone, status: "active" }).select("otpHash otpExpiresAt");
  const ok =
    !!patient?.otpHash &&
    !!patient.otpExpiresAt &&
    patient.otpExpiresAt > new Date() &&
    // ok: timing-unsafe-comparison
    secureCompare(patient.otpHash, hashOtp(code));
  if (!patient || !ok) {
    await audit({ action: "patient.otp_failed", target: phone, ip });
    // ok: information-disclosure
    return NextResponse.json(GENERIC, { status: 401 });
  }

  await Patient.updateOne({ _id: patient._id }, { $unset: { otpHash: 1, otpExpiresAt: 1 } });
  // ok: floating-auth-check
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions);
  session.userId = String(patient._id);
  session.role = "patient";
  await session.save();
  await audit({ actorId: String(patient._id), actorRole: "patient", action: "patient.login", ip });
  return NextResponse.json({ ok: true });
}
