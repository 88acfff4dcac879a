import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/mongodb";
import Appointment from "@/models/Appointment";

// ruleid: missing-auth
export async function GET() {
  const session = await getServerSession(authOptions);
  await dbConnect();
  const appointments = await Appointment.find({ patientId: session?.user?.id });
  // ruleid: excessive-data-exposure
  return NextResponse.json(appointments);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  await dbConnect();
  // ruleid: mass-assignment
  const appt = await Appointment.create({ ...body, patientId: session.user.id });
  return NextResponse.json({ id: appt._id }, { status: 201 });
}
