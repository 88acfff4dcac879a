"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { connectMongo } from "@/lib/mongo";
import { Bid } from "@/models/Bid";
import { AuctionItem } from "@/models/AuctionItem";
import { parentActionClient, staffActionClient } from "@/lib/safe-action";
import { requireParent, getParentSession } from "@/lib/auth/parent";
import { bidSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const placeBid = parentActionClient
  .metadata({ name: "placeBid" })
  .schema(bidSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    const item = await AuctionItem.findOne({ _id: parsedInput.itemId, schoolId: ctx.schoolId }).select("highBidCents closesAt").lean();
    if (!item || (item.closesAt && item.closesAt < new Date())) throw new Error("Auction closed");
    if (parsedInput.amountCents <= (item.highBidCents ?? 0)) return { outbid: true };
    // ok: mass-assignment
    await Bid.create({ itemId: parsedInput.itemId, schoolId: ctx.schoolId, parentId: ctx.parentId, amountCents: parsedInput.amountCents });
    // ok: missing-authorization
    await AuctionItem.updateOne({ _id: parsedInput.itemId }, { $set: { highBidCents: parsedInput.amountCents, highBidderId: ctx.parentId } });
    revalidatePath(`/auction/${parsedInput.itemId}`);
    return { ok: true };
  });

// Quick-bid from the item card: sends the whole form state.
// ok: missing-auth
// ruleid: missing-input-validation
export async function quickBid(bid: { itemId: string; amountCents: number; maxAutoBidCents?: number; parentId?: string }) {
  const parent = await requireParent();
  await connectMongo();
  // ruleid: mass-assignment
  await Bid.create({ schoolId: parent.schoolId, parentId: parent.parentId, ...bid });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function retractBid(bidId: string) {
  const parent = await requireParent();
  z.string().regex(/^[a-f0-9]{24}$/).parse(bidId);
  await connectMongo();
  // ok: missing-authorization
  const res = await Bid.updateOne({ _id: bidId, parentId: parent.parentId }, { $set: { retracted: true } });
  return { ok: res.modifiedCount === 1 };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function retractAllMyBids(itemId: string) {
  const session = await getParentSession();
  z.string().regex(/^[a-f0-9]{24}$/).parse(itemId);
  await connectMongo();
  await Bid.updateMany({ itemId, parentId: session.parentId }, { $set: { retracted: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myBids() {
  const parent = await requireParent();
  await connectMongo();
  const bids = await Bid.find({ parentId: parent.parentId }).lean();
  // ruleid: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export async function myBidSummary() {
  const parent = await requireParent();
  await connectMongo();
  const bids = await Bid.find({ parentId: parent.parentId }, { itemId: 1, amountCents: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export const bidsForItem = staffActionClient
  .metadata({ name: "bidsForItem" })
  .schema(z.object({ itemId: z.string().regex(/^[a-f0-9]{24}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const bids = await Bid.find({ itemId: parsedInput.itemId, schoolId: ctx.schoolId }).select("bidderName amountCents createdAt").lean();
    // ok: excessive-data-exposure
    return bids;
  });

// ok: missing-auth, missing-input-validation
export const closeItem = staffActionClient
  .metadata({ name: "closeItem" })
  .schema(z.object({ itemId: z.string().regex(/^[a-f0-9]{24}$/) }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // ruleid: missing-authorization
    await AuctionItem.updateOne({ _id: parsedInput.itemId }, { $set: { closesAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export const updateItem = staffActionClient
  .metadata({ name: "updateItem" })
  .action(async ({ ctx, clientInput }) => {
    const { itemId, ...fields } = clientInput as { itemId: string; [k: string]: unknown };
    await connectMongo();
    // ok: missing-authorization
    // ruleid: mass-assignment
    await AuctionItem.updateOne({ _id: itemId, schoolId: ctx.schoolId }, { $set: fields });
    return { ok: true };
  });
