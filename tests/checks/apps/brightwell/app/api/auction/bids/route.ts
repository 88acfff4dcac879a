import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/mongo";
import { Bid } from "@/models/Bid";
import { AuctionItem } from "@/models/AuctionItem";
import { requireParent, getParentSession } from "@/lib/auth/parent";
import { bidSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parent = await requireParent();
  const parsed = bidSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid bid" }, { status: 400 });
  await connectMongo();
  // ok: missing-authorization
  const item = await AuctionItem.findOne({ _id: parsed.data.itemId, schoolId: parent.schoolId }).select("highBidCents").lean();
  if (!item) return NextResponse.json({ error: "Not found" }, { status: 404 });
  try {
    // ok: mass-assignment
    const bid = await Bid.create({ ...parsed.data, schoolId: parent.schoolId, parentId: parent.parentId });
    return NextResponse.json({ id: String(bid._id) }, { status: 201 });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const session = await getParentSession();
  await connectMongo();
  const bids = await Bid.find({ parentId: session.parentId }).select("itemId amountCents createdAt").lean();
  return NextResponse.json(bids);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const parent = await requireParent();
  const bidId = z.string().regex(/^[a-f0-9]{24}$/).parse(new URL(req.url).searchParams.get("id"));
  await connectMongo();
  // ruleid: missing-authorization
  await Bid.findByIdAndUpdate(bidId, { $set: { retracted: true } });
  return NextResponse.json({ ok: true, by: parent.parentId });
}
