import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { LabOrder } from "@/lib/models/LabOrder";
import { objectId } from "@/lib/validation/schemas";

const patchSchema = z.object({ status: z.enum(["collected", "cancelled"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ orderId: string }> }) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const orderId = objectId.parse((await params).orderId);
  const body = patchSchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid status" }, { status: 400 });
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  const res = await LabOrder.updateOne({ _id: orderId, orderedBy: staff.userId }, { $set: body.data });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: res.modifiedCount });
}

// todoruleid: missing-input-validation -- known gap (pass 40, R): ambiguous, app-router route param into Mongo filter exempt by Warden design
// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ orderId: string }> }) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const { orderId } = await params;
  await connectMongo();
  try {
    // ok: missing-authorization
    const order = await LabOrder.findOne({ _id: orderId, orderedBy: staff.userId }).select("tests priority status createdAt").lean();
    // ok: excessive-data-exposure
    return NextResponse.json(order);
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 500 });
  }
}
