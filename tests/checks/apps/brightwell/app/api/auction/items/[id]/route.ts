import { NextResponse } from "next/server";
import { connectMongo } from "@/lib/mongo";
import { AuctionItem } from "@/models/AuctionItem";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ id: string }> };

// Public item card on the auction page.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  await connectMongo();
  const item = await AuctionItem.findById(id).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(item);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const staff = await requireSchoolStaff(["pta_admin"]);
  await connectMongo();
  try {
    // ok: missing-authorization
    await AuctionItem.deleteOne({ _id: id, schoolId: staff.schoolId });
    return NextResponse.json({ ok: true });
  } catch (err) {
    logger.error("auction.delete_failed", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not delete item" }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const staff = await requireSchoolStaff(["pta_admin", "coordinator"]);
  const { title } = (await req.json()) as { title: unknown };
  if (typeof title !== "string" || title.length > 120) return NextResponse.json({ error: "Bad title" }, { status: 400 });
  await connectMongo();
  try {
    // ok: missing-authorization
    await AuctionItem.updateOne({ _id: id, schoolId: staff.schoolId }, { $set: { title } });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
