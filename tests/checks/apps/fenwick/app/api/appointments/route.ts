import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { bookAppointmentSchema } from "@/lib/validation/schemas";

// ok: missing-auth
export async function GET() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const rows = await Appointment.find({ patient: userId }).select("startsAt status reason clinician").sort({ startsAt: -1 }).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: String(r._id), startsAt: r.startsAt, status: r.status, reason: r.reason })));
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const parsed = bookAppointmentSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid booking" }, { status: 400 });
  }
  await connectMongo();
  // ok: mass-assignment, missing-authorization
  const appt = await Appointment.create({ ...parsed.data, clinician: parsed.data.clinicianId, patient: userId });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: String(appt._id) }, { status: 201 });
}
