"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { networkProcedure } from "@/lib/zsa";
import { AdSlotSchema } from "@/lib/validators";
import { requireMembership } from "@/lib/auth/network";

// ok: missing-auth, missing-input-validation
export const openAdSlot = networkProcedure
  .createServerAction()
  .input(AdSlotSchema)
  .handler(async ({ input, ctx }) => {
    if (!["OWNER", "AD_SALES"].includes(ctx.networkRole)) throw new Error("Ad sales only");
    const ep = await prisma.episode.findFirst({ where: { id: input.episodeId, networkId: ctx.networkId }, select: { id: true } });
    if (!ep) throw new Error("Episode not found");
    // ok: mass-assignment, missing-authorization
    const slot = await prisma.adSlot.create({ data: { ...input, networkId: ctx.networkId } });
    // ok: excessive-data-exposure
    return { id: slot.id };
  });

// ok: missing-auth, missing-input-validation
export const repriceAdSlot = networkProcedure
  .createServerAction()
  .input(z.object({ slotId: z.string(), priceCents: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    if (ctx.networkRole !== "AD_SALES" && ctx.networkRole !== "OWNER") throw new Error("Ad sales only");
    // ok: missing-authorization
    await prisma.adSlot.updateMany({ where: { id: input.slotId, networkId: ctx.networkId, status: "open" }, data: { priceCents: input.priceCents } });
    return { ok: true };
  });

// Advertiser books an open slot.
// ok: missing-auth
// ruleid: missing-input-validation
export async function bookAdSlot(slotId: string, advertiserId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Sign in as an advertiser");
  // ruleid: missing-authorization
  await prisma.adSlot.update({ where: { id: slotId }, data: { advertiserId, status: "booked" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function bookAdSlotForMe(slotId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Sign in as an advertiser");
  const id = z.string().cuid().parse(slotId);
  const advertiser = await prisma.advertiser.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  if (!advertiser) throw new Error("No advertiser profile");
  // open slots in the marketplace are bookable by any advertiser; the status filter is the guard
  // todook: missing-authorization -- (gap judge: ambiguous, pass 38) booking an open marketplace slot: rule 2 has no notion of a resource offered to every user
  const res = await prisma.adSlot.updateMany({ where: { id, status: "open" }, data: { advertiserId: advertiser.id, status: "booked" } });
  return { booked: res.count === 1 };
}

// ok: missing-auth, missing-input-validation
export async function releaseAdSlot(formData: FormData) {
  const slotId = z.string().parse(formData.get("slotId"));
  const slot = await prisma.adSlot.findUnique({ where: { id: slotId }, select: { networkId: true } });
  if (!slot) return { error: "Not found" };
  await requireMembership(slot.networkId, ["OWNER", "AD_SALES"]);
  // ok: missing-authorization
  await prisma.adSlot.update({ where: { id: slotId }, data: { advertiserId: null, status: "open" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const listNetworkSlots = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  const slots = await prisma.adSlot.findMany({ where: { networkId: ctx.networkId } });
  // ruleid: excessive-data-exposure
  return slots;
});
