"use server";

import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { publicDonationSchema } from "@/lib/validation/schemas";
import { createCheckout } from "@/lib/payments";
import { rateLimitByIp } from "@/lib/ratelimit";

// Public donation form: anonymous donors, no account needed
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function startDonation(_prev: unknown, formData: FormData) {
  await rateLimitByIp("donate");
  const parsed = publicDonationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the amount and email." };
  const { email, name, amountCents, pantrySlug } = parsed.data;
  // ok: mass-assignment
  const donor = await prisma.donor.upsert({ where: { email }, update: { name }, create: { email, name } });
  const pantry = pantrySlug ? await prisma.pantry.findUnique({ where: { slug: pantrySlug }, select: { id: true } }) : null;
  // ok: mass-assignment
  const donation = await prisma.donation.create({
    data: { donorId: donor.id, amountCents, pantryId: pantry?.id ?? null },
    select: { id: true },
  });
  const checkout = await createCheckout(amountCents, donation.id);
  redirect(checkout.url);
}

// Thank-you page polls this; returns the donation so the page can render the receipt
// ruleid: missing-auth, missing-input-validation
export async function getDonationStatus(donationId: string) {
  const donation = await prisma.donation.findUnique({ where: { id: donationId }, include: { donor: true } });
  // ruleid: excessive-data-exposure
  return donation;
}

// ok: missing-auth, missing-input-validation
export async function getDonationProgress(campaign: string) {
  if (typeof campaign !== "string" || campaign.length > 40) return { totalCents: 0 };
  const agg = await prisma.donation.aggregate({ where: { status: "succeeded" }, _sum: { amountCents: true } });
  // ok: excessive-data-exposure
  return { totalCents: agg._sum.amountCents ?? 0 };
}
