import { NextResponse, type NextRequest } from "next/server";
import { issueOtp } from "@/lib/otp";
import { sendOtpSchema } from "@/lib/validation/schemas";

/** Mobile app: request a sign-in code. */
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const parsed = sendOtpSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Enter a valid phone number" }, { status: 400 });
  const sent = await issueOtp(parsed.data.phone);
  if (!sent) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "This phone number is not registered with Fenwick Clinic." }, { status: 404 });
  }
  return NextResponse.json({ sent: true });
}
