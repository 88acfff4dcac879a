"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { ownsDonorRecord } from "@/lib/authz";
import { Cuid, Pence } from "@/lib/validation";
import type { Donor } from "@prisma/client";

async function currentDonor() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Please sign in to the donor portal.");
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true, charityId: true } });
  if (!donor) throw new Error("No donor profile linked to this login.");
  return { userId: session.user.id, donor };
}

// ok: missing-auth
export async function getMyRecurringGifts() {
  const { donor } = await currentDonor();
  const gifts = await prisma.recurringGift.findMany({ where: { donorId: donor.id, status: { not: "cancelled" } } });
  // ruleid: excessive-data-exposure
  return gifts;
}

// ok: missing-auth, missing-input-validation
export async function changeRecurringAmount(giftId: string, amountPence: number) {
  await currentDonor();
  const input = z.object({ giftId: Cuid, amountPence: Pence }).parse({ giftId, amountPence });
  // ruleid: missing-authorization
  await prisma.recurringGift.update({ where: { id: input.giftId }, data: { amountPence: input.amountPence } });
  revalidatePath("/donor");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelRecurringGift(giftId: string) {
  const { donor } = await currentDonor();
  const id = Cuid.parse(giftId);
  // ok: missing-authorization
  const { count } = await prisma.recurringGift.updateMany({ where: { id, donorId: donor.id }, data: { status: "cancelled" } });
  return { ok: count === 1 };
}

const Declaration = z.object({
  fullName: z.string().min(2).max(160),
  address: z.string().min(5).max(300),
  postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i),
  confirmTaxpayer: z.literal("on"),
});

// ok: missing-auth, missing-input-validation
export async function makeGiftAidDeclaration(_prev: unknown, formData: FormData) {
  const { donor } = await currentDonor();
  const submission = parseWithZod(formData, { schema: Declaration });
  if (submission.status !== "success") return submission.reply();
  const { confirmTaxpayer: _c, ...fields } = submission.value;
  // ok: mass-assignment, missing-authorization
  await prisma.giftAidDeclaration.create({ data: { ...fields, donorId: donor.id, charityId: donor.charityId, validFrom: new Date() } });
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function revokeGiftAidDeclaration(donorId: string, declarationId: string) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  const ids = z.object({ donorId: Cuid, declarationId: Cuid }).parse({ donorId, declarationId });
  // ruleid: floating-auth-check
  if (!ownsDonorRecord(session.user.id, ids.donorId)) return { error: "Not your declaration" };
  // ruleid: missing-authorization
  await prisma.giftAidDeclaration.update({ where: { id: ids.declarationId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// Inline-edit on the "My details" card.
// ruleid: missing-input-validation
// ok: missing-auth
export async function updateMyDonorDetails(input: Partial<Donor>) {
  const { donor } = await currentDonor();
  await prisma.donor.update({
    where: { id: donor.id },
    // ruleid: mass-assignment
    data: input,
  });
  return { ok: true };
}

const Pledge = z.object({ donorId: Cuid, estimatePence: Pence.optional(), solicitor: z.string().max(200).optional(), notes: z.string().max(2000).optional() });

// ok: missing-auth, missing-input-validation
export async function pledgeBequest(_prev: unknown, formData: FormData) {
  const { donor } = await currentDonor();
  const input = Pledge.parse(Object.fromEntries(formData));
  await prisma.bequestPledge.create({
    data: {
      charityId: donor.charityId,
      // ruleid: missing-authorization
      donorId: input.donorId,
      estimate: input.estimatePence,
      solicitor: input.solicitor,
      notes: input.notes,
    },
  });
  return { ok: true };
}
