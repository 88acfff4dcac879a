"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { wineryActionClient, ownerActionClient, authActionClient } from "@/lib/safe-action";
import { ActionError } from "@/lib/errors";

const TierSchema = z.object({ name: z.string().min(2).max(60), bottles: z.number().int().min(2).max(24), priceCents: z.number().int().positive(), discountPct: z.number().int().min(0).max(40) });

// ok: missing-auth, missing-input-validation
export const createTier = wineryActionClient.inputSchema(TierSchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "CLUB_MANAGER") throw new ActionError("Club managers only.");
  // ok: mass-assignment
  const tier = await prisma.clubTier.create({ data: { ...parsedInput, wineryId: ctx.wineryId }, select: { id: true } });
  revalidatePath("/club/tiers");
  // ok: excessive-data-exposure
  return tier;
});

const UpdateTierSchema = TierSchema.partial().extend({ tierId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const updateTier = wineryActionClient.inputSchema(UpdateTierSchema).action(async ({ parsedInput: { tierId, ...data }, ctx }) => {
  if (!["OWNER", "CLUB_MANAGER"].includes(ctx.role)) throw new ActionError("Club managers only.");
  await prisma.clubTier.updateMany({
    // ok: missing-authorization
    where: { id: tierId, wineryId: ctx.wineryId },
    // ok: mass-assignment
    data,
  });
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteTier = ownerActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), tierId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await prisma.clubTier.deleteMany({ where: { id: parsedInput.tierId, wineryId: ctx.wineryId } });
  return { success: true };
});

// Members browsing tiers of a winery before joining.
// ok: missing-auth, missing-input-validation
export const listTiersForJoin = authActionClient.inputSchema(z.object({ wineryId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // todook: missing-authorization
  const tiers = await prisma.clubTier.findMany({ where: { wineryId: parsedInput.wineryId } });
  // ok: excessive-data-exposure
  return tiers.map((t) => ({ id: t.id, name: t.name, bottles: t.bottles, priceCents: t.priceCents }));
});

// ok: missing-auth, missing-input-validation
export const archiveTier = authActionClient.inputSchema(z.object({ tierId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.clubTier.update({
    where: { id: parsedInput.tierId },
    data: { name: "[archived]" },
  });
  return { success: true };
});
