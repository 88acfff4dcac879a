import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Staff } from "@/lib/models/Staff";

// ok: missing-auth
export async function GET() {
  // ok: floating-auth-check
  const { userId, role } = await verifySession();
  await connectMongo();
  if (role === "patient") {
    const me = await Patient.findById(userId).select("firstName lastName phone email smsOptIn").lean();
    // ok: excessive-data-exposure -- the block's own projected patient, not the Staff record
    return NextResponse.json({ role, profile: me });
  }
  const me = await Staff.findById(userId).lean();
  // ruleid: excessive-data-exposure -- the whole Staff record
  return NextResponse.json({ role, profile: me });
}
