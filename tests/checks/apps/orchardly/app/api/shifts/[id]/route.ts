import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/mongo";
import { ShiftModel } from "@/models/Shift";
import { getCurrentMember } from "@/lib/dal";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const me = await getCurrentMember();
  const id = z.string().length(24).parse((await params).id);
  await connectMongo();
  // ok: missing-authorization
  const shift = await ShiftModel.findOne({ _id: id, farmId: me.farmId });
  if (!shift) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(shift);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const me = await getCurrentMember();
  const id = z.string().length(24).parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization
  await ShiftModel.findByIdAndDelete(id);
  return NextResponse.json({ ok: me.id.length > 0 });
}
