import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/Message";
import { objectId } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ id: string }> };

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const { id } = await params;
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  await Message.updateOne({ _id: id, patient: userId }, body);
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization
  const res = await Message.deleteOne({ _id: id });
  // ok: excessive-data-exposure
  return NextResponse.json({ deleted: res.deletedCount, by: userId });
}
