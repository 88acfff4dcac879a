"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";
import { Cuid, Pence } from "@/lib/validation";

const BidInput = z.object({ lotId: Cuid, amountPence: Pence });

// Donors bid from the event app.
// ok: missing-auth, missing-input-validation
export async function placeSealedBid(input: z.input<typeof BidInput>) {
  const { userId } = await verifySession();
  const { lotId, amountPence } = BidInput.parse(input);
  const donor = await prisma.donor.findUnique({ where: { userId }, select: { id: true } });
  if (!donor) return { error: "Register as a donor first." };
  const lot = await prisma.auctionLot.findUnique({ where: { id: lotId }, select: { closesAt: true, reservePence: true } });
  if (!lot || lot.closesAt < new Date()) return { error: "Bidding has closed." };
  // ok: missing-authorization, mass-assignment
  await prisma.bid.create({ data: { lotId, donorId: donor.id, amountPence, sealed: true } });
  return { ok: true };
}

// Bidders can see "their" bids for a lot; nobody noticed it never filters by bidder.
// ok: missing-auth, missing-input-validation
export async function getBidsForLot(lotId: string) {
  await verifySession();
  const id = Cuid.parse(lotId);
  // ruleid: missing-authorization
  const bids = await prisma.bid.findMany({ where: { lotId: id }, orderBy: { amountPence: "desc" } });
  // ruleid: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export async function getMyBids(lotId: string) {
  const { userId } = await verifySession();
  const id = Cuid.parse(lotId);
  const donor = await prisma.donor.findUnique({ where: { userId }, select: { id: true } });
  if (!donor) return [];
  // ok: missing-authorization
  const bids = await prisma.bid.findMany({ where: { lotId: id, donorId: donor.id }, select: { id: true, amountPence: true, createdAt: true } });
  // ok: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export async function closeLot(charityId: string, lotId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const id = Cuid.parse(lotId);
  // ok: missing-authorization
  const lot = await prisma.auctionLot.findFirst({ where: { id, charityId: ctx.charityId }, select: { id: true, reservePence: true } });
  if (!lot) throw new Error("Lot not found");
  const top = await prisma.bid.findFirst({ where: { lotId: lot.id }, orderBy: { amountPence: "desc" }, select: { donorId: true, amountPence: true } });
  await prisma.auctionLot.update({ where: { id: lot.id }, data: { closesAt: new Date() } });
  // ok: excessive-data-exposure
  return top && top.amountPence >= lot.reservePence ? { winnerDonorId: top.donorId, amountPence: top.amountPence } : { winnerDonorId: null };
}
