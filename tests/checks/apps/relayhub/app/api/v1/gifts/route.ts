import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const GiftQuery = z.object({ since: z.coerce.date().optional(), campaignId: z.string().cuid().optional() });
const NewGift = z.object({ providerRef: z.string().min(3).max(100), amountPence: z.number().int().positive(), donorId: z.string().cuid().optional(), giftAid: z.boolean().default(false) });

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  scope: "gifts:read",
  GET: async (req, { key }) => {
    const q = GiftQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
    const gifts = await prisma.donation.findMany({
      where: { charityId: key.charityId, ...(q.since ? { createdAt: { gte: q.since } } : {}), ...(q.campaignId ? { campaignId: q.campaignId } : {}) },
      select: { id: true, amountPence: true, currency: true, createdAt: true, giftAid: true, campaignId: true },
      take: 500,
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: gifts });
  },
  POST: async (req, { key }) => {
    if (!key.scopes.includes("gifts:write")) return NextResponse.json({ error: "insufficient_scope" }, { status: 403 });
    const gift = NewGift.parse(await req.json());
    if (gift.donorId) {
      // ok: missing-authorization
      const donor = await prisma.donor.findFirst({ where: { id: gift.donorId, charityId: key.charityId }, select: { id: true } });
      if (!donor) return NextResponse.json({ error: "unknown_donor" }, { status: 422 });
    }
    const created = await prisma.donation.create({
      // ok: mass-assignment
      data: { ...gift, charityId: key.charityId, provider: "api", status: "succeeded" },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(created, { status: 201 });
  },
});
