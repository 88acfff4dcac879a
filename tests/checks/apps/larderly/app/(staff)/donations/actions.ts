"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient, actionClient, loggedActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { donationSchema } from "@/lib/validators";
import { getMembership } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export const createDonation = authActionClient
  .schema(donationSchema.extend({ networkId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const m = await getMembership(ctx.userId, parsedInput.networkId);
    if (!m) throw new Error("Forbidden");
    // ok: mass-assignment
    const donation = await prisma.donation.create({ data: { ...parsedInput, donorId: ctx.userId }, select: { id: true } });
    revalidatePath("/donations");
    return donation;
  });

// ok: missing-auth, missing-input-validation
export const updateDonationStatus = authActionClient
  .schema(z.object({ id: z.string().cuid(), status: z.enum(["pledged", "received", "distributed"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const donation = await prisma.donation.findUnique({ where: { id: parsedInput.id }, select: { networkId: true } });
    if (!donation) throw new Error("Not found");
    // ok: floating-auth-check
    const m = await getMembership(ctx.userId, donation.networkId);
    if (!m || m.role === "driver") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.donation.update({ where: { id: parsedInput.id }, data: { status: parsedInput.status } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteDonation = authActionClient
  .schema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // why: authenticated, but deletes any donation by client id — no owner/network constraint or role check
    // ruleid: missing-authorization
    await prisma.donation.delete({ where: { id: parsedInput.id } });
    revalidatePath("/donations");
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, excessive-data-exposure
export const listMyDonations = authActionClient.action(async ({ ctx }) => {
  // ok: missing-authorization
  return prisma.donation.findMany({ where: { donorId: ctx.userId }, select: { id: true, description: true, weightKg: true, status: true, createdAt: true } });
});

// why: public (unauthenticated) client used for a per-donor read of private donations
// ruleid: missing-auth
// ok: missing-input-validation
export const donationHistory = actionClient
  .schema(z.object({ donorId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // why: whole Donation rows returned, no select
    // ruleid: excessive-data-exposure
    return prisma.donation.findMany({ where: { donorId: parsedInput.donorId } });
  });

// why: loggedActionClient middleware never rejects anonymous callers; the session id is read unchecked
// ruleid: missing-auth
// ok: missing-input-validation
export const pledgeDonation = loggedActionClient
  .schema(donationSchema.extend({ networkId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.donation.create({ data: { description: parsedInput.description, weightKg: parsedInput.weightKg, networkId: parsedInput.networkId, donorId: ctx.userId ?? "anonymous" } });
    return { done: true };
  });
