import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { z } from "zod";
import { objectId } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const parsed = objectId.safeParse((await params).id);
  if (!parsed.success) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await connectMongo();
  // ok: missing-authorization
  const appt = await Appointment.findOne({ _id: parsed.data, patient: userId }).lean();
  if (!appt) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(appt);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  await verifySession();
  const { id } = await params;
  const parsed = objectId.safeParse(id);
  if (!parsed.success) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await connectMongo();
  // ruleid: missing-authorization
  await Appointment.deleteOne({ _id: parsed.data, status: "booked" });
  return new NextResponse(null, { status: 204 });
}

const patchSchema = z.object({ reason: z.string().max(500) });

// ruleid: missing-auth
// ok: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  // ruleid: floating-auth-check
  if (!verifySession()) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const id = objectId.parse((await params).id);
  const body = patchSchema.parse(await req.json());
  await connectMongo();
  await Appointment.updateOne({ _id: id }, { $set: { reason: body.reason } });
  return NextResponse.json({ ok: true });
}
