import { NextResponse, type NextRequest } from "next/server";
import { requireStaff, requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { objectId } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ patientId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  await requireStaff();
  const id = objectId.parse((await params).patientId);
  await connectMongo();
  // ok: missing-authorization
  const patient = await Patient.findById(id).lean();
  if (!patient) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(patient);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  const { patientId } = await params;
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  const updated = await Patient.findByIdAndUpdate(patientId, { ...body }, { new: true }).select("firstName lastName phone");
  // ok: excessive-data-exposure
  return NextResponse.json({ id: patientId, name: `${updated?.firstName} ${updated?.lastName}` });
}
