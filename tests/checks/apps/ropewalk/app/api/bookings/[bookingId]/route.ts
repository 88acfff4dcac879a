import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Booking from "@/models/Booking";
import ClassSession from "@/models/ClassSession";
import { objectId } from "@/lib/validation";

type Ctx = { params: Promise<{ bookingId: string }> };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = objectId.parse((await params).bookingId);
  await dbConnect();
  // ruleid: missing-authorization
  const booking = await Booking.findById(id).lean();
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = objectId.parse((await params).bookingId);
  await dbConnect();
  // ok: missing-authorization
  const b = await Booking.findOneAndDelete({ _id: id, userId: session.user.id, status: "booked" });
  if (b) await ClassSession.updateOne({ _id: b.classId }, { $inc: { booked: -(1 + (b.guests ?? 0)) } });
  return new NextResponse(null, { status: 204 });
}
