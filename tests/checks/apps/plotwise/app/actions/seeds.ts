"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { seedBoardClient, memberActionClient, ActionError } from "@/lib/safe-action";
import { seedListingSchema, seedListingUpdateSchema, seedIdSchema } from "@/lib/validation/seeds";
import { sendMail } from "@/lib/mail";
import { mailLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const createSeedListing = seedBoardClient.schema(seedListingSchema).action(async ({ parsedInput, ctx }) => {
  // ok: mass-assignment
  const listing = await prisma.seedListing.create({ data: { ...parsedInput, ownerId: ctx.user.id }, select: { id: true } });
  revalidatePath("/seeds");
  return listing;
});

// ok: missing-auth, missing-input-validation
export const updateSeedListing = seedBoardClient.schema(seedListingUpdateSchema).action(async ({ parsedInput, ctx }) => {
  const { listingId, ...changes } = parsedInput;
  // ok: missing-authorization, mass-assignment
  const res = await prisma.seedListing.updateMany({ where: { id: listingId, ownerId: ctx.user.id }, data: changes });
  if (res.count === 0) throw new ActionError("Listing not found");
  revalidatePath(`/seeds/${listingId}`);
  return { updated: true };
});

// ok: missing-auth, missing-input-validation
export const deleteSeedListing = seedBoardClient.schema(seedIdSchema).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.seedListing.delete({ where: { id: parsedInput.listingId } });
  revalidatePath("/seeds");
  return { deleted: true };
});

// ok: missing-auth, missing-input-validation
export const featureSeedListing = seedBoardClient
  .schema(z.object({ listingId: z.string().cuid(), featured: z.boolean(), ownerId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization // todoruleid: mass-assignment -- known gap (pass 42, E): owner id admitted by a next-safe-action schema reported only as missing-authorization, not mass-assignment
    await prisma.seedListing.updateMany({ where: { id: parsedInput.listingId, ownerId: ctx.user.id }, data: { featured: parsedInput.featured, ownerId: parsedInput.ownerId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const claimSeeds = memberActionClient.schema(z.object({ listingId: z.string().cuid(), message: z.string().max(500) })).action(async ({ parsedInput, ctx }) => {
  const { success } = await mailLimiter.limit(`claim:${ctx.user.id}`);
  if (!success) throw new ActionError("You have sent a lot of requests; try later.");
  const listing = await prisma.seedListing.findFirst({ where: { id: parsedInput.listingId, status: "OPEN" }, select: { contactEmail: true, variety: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  if (!listing) throw new ActionError("That listing has gone.");
  await sendMail(listing.contactEmail, `Seed swap: ${listing.variety}`, `<p>${ctx.user.name} would like some. ${parsedInput.message}</p>`);
  return { sent: true };
});

// ok: missing-input-validation
export const getSeedListing = seedBoardClient.schema(seedIdSchema).action(async ({ parsedInput }) => {
  const listing = await prisma.seedListing.findUnique({ where: { id: parsedInput.listingId }, include: { owner: true } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  // ruleid: excessive-data-exposure
  return listing;
});

// ok: missing-auth, missing-input-validation
export const mySeedListings = seedBoardClient.action(async ({ ctx }) => {
  const rows = await prisma.seedListing.findMany({ where: { ownerId: ctx.user.id } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, variety: r.variety, quantity: r.quantity, status: r.status }));
});

// ok: missing-auth, missing-input-validation
export const importSeedListings = seedBoardClient.schema(z.object({ rows: z.array(z.record(z.string(), z.any())).max(100) })).action(async ({ parsedInput, ctx }) => {
  // ruleid: mass-assignment
  await prisma.seedListing.createMany({ data: parsedInput.rows.map((row) => ({ ...row, ownerId: ctx.user.id })) as never });
  return { imported: parsedInput.rows.length };
});

// ok: missing-auth, missing-input-validation
export const searchSeedListings = memberActionClient.schema(z.object({ q: z.string().max(60) })).action(async ({ parsedInput }) => {
  const rows = await prisma.seedListing.findMany({ where: { variety: { contains: parsedInput.q, mode: "insensitive" } } }); // todook: missing-authorization -- known gap (pass 42, C): shared member-visible record (seed board, tool shed, member card) taken for owner-scoped private data
  // ruleid: excessive-data-exposure
  return rows;
});
