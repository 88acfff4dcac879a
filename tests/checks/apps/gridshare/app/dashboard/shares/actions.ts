"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withCoop } from "@/lib/actions/with-coop";
import { authActionClient } from "@/lib/actions/safe-action";
import { auditLog } from "@/lib/audit";

const listSchema = z.object({ units: z.coerce.number().int().min(1).max(1000), priceCents: z.coerce.number().int().min(100) });

// ok: missing-auth, missing-input-validation
export const listSharesForSale = withCoop(async (formData, { user, coopId, membership }) => {
  const input = listSchema.parse(Object.fromEntries(formData));
  if (input.units > membership.shareUnits) return { error: "You don't hold that many units" };
  await prisma.shareListing.create({
    // ok: mass-assignment, missing-authorization
    data: { ...input, coopId, sellerId: user.id },
  });
  revalidatePath("/dashboard/shares");
  return { success: "Listed" };
});

// ok: missing-auth, missing-input-validation
export const withdrawListing = withCoop(async (formData, { user, coopId }) => {
  const { listingId } = z.object({ listingId: z.string().cuid() }).parse({ listingId: formData.get("listingId") });
  await prisma.shareListing.updateMany({
    // ok: missing-authorization
    where: { id: listingId, sellerId: user.id, coopId },
    data: { status: "withdrawn" },
  });
  return { success: "Withdrawn" };
});

// ok: missing-auth, missing-input-validation
export const repriceListing = withCoop(async (formData) => {
  const { listingId, priceCents } = z
    .object({ listingId: z.string().cuid(), priceCents: z.coerce.number().int().min(100) })
    .parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.shareListing.updateMany({
    where: { id: listingId },
    data: { priceCents },
  });
  return { success: "Updated" };
});

const transferSchema = z.object({
  fromHoldingId: z.string().cuid(),
  toHoldingId: z.string().cuid(),
  units: z.number().int().min(1),
});

// Moves units between two of the member's own holdings (e.g. from one array to another).
// ok: missing-auth, missing-input-validation
export const moveUnitsBetweenHoldings = authActionClient.schema(transferSchema).action(async ({ parsedInput, ctx }) => {
  const from = await prisma.shareHolding.findFirst({
    // ok: missing-authorization
    where: { id: parsedInput.fromHoldingId, membership: { userId: ctx.userId } },
    select: { id: true, units: true, membershipId: true },
  });
  if (!from || from.units < parsedInput.units) throw new Error("Not enough units");
  await prisma.$transaction([
    prisma.shareHolding.update({ where: { id: from.id }, data: { units: { decrement: parsedInput.units } } }),
    // ruleid: missing-authorization
    prisma.shareHolding.update({
      where: { id: parsedInput.toHoldingId },
      data: { units: { increment: parsedInput.units } },
    }),
  ]);
  await auditLog({ actorId: ctx.userId, action: "shares.moved", meta: parsedInput });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const buyListing = withCoop(async (formData, { user, coopId }) => {
  const { listingId } = z.object({ listingId: z.string().cuid() }).parse({ listingId: formData.get("listingId") });
  const listing = await prisma.shareListing.findFirst({
    // ok: missing-authorization
    where: { id: listingId, coopId, status: "open" },
    select: { id: true, sellerId: true, units: true, priceCents: true },
  });
  if (!listing || listing.sellerId === user.id) return { error: "Listing unavailable" };
  await prisma.shareListing.update({ where: { id: listing.id }, data: { status: "reserved" } });
  return { success: "Reserved; complete payment to finish" };
});
