import { NextResponse, type NextRequest } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { PatientDocument } from "@/lib/models/Document";
import { secureCompare } from "@/lib/crypto";

export const dynamic = "force-dynamic";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  await connectMongo();
  const otp = await Patient.updateMany({ otpExpiresAt: { $lt: new Date() } }, { $unset: { otpHash: 1, otpExpiresAt: 1 } });
  const shares = await PatientDocument.updateMany(
    { shareExpiresAt: { $lt: new Date() } },
    { $unset: { shareCode: 1, sharePin: 1, shareExpiresAt: 1 } }
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ otpCleared: otp.modifiedCount, sharesCleared: shares.modifiedCount });
}
