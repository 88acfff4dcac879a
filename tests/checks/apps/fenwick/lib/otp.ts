import "server-only";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { generateOtp, hashOtp } from "@/lib/crypto";
import { sendSms } from "@/lib/sms";

/** Issues a fresh code for a known patient and texts it. Returns false when no patient matched. */
export async function issueOtp(phone: string) {
  await connectMongo();
  const code = generateOtp();
  const res = await Patient.updateOne(
    { phone, status: "active" },
    { $set: { otpHash: hashOtp(code), otpExpiresAt: new Date(Date.now() + 5 * 60_000), otpAttempts: 0 } }
  );
  if (res.matchedCount === 0) return false;
  await sendSms(phone, `Your Fenwick Clinic sign-in code is ${code}. It expires in 5 minutes.`);
  return true;
}
