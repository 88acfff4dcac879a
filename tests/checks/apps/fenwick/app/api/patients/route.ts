import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";

// ok: missing-auth
export async function GET() {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  await connectMongo();
  const patients = await Patient.find({ status: "active" }).sort({ lastName: 1 }).limit(500).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(patients);
}

/** Registration desk: create a patient record. */
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  const patient = await Patient.create(body);
  // ok: excessive-data-exposure
  return NextResponse.json({ id: String(patient._id) }, { status: 201 });
}
