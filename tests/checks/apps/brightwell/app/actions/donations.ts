"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { parentActionClient, ptaAdminClient, staffActionClient } from "@/lib/safe-action";
import { requireParent, getParentSession } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { env } from "@/lib/env";
import { donationSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const startDonation = parentActionClient
  .metadata({ name: "startDonation" })
  .schema(donationSchema.pick({ amountCents: true }))
  .action(async ({ parsedInput, ctx }) => {
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: parsedInput.amountCents, product_data: { name: "PTA donation" } }, quantity: 1 }],
      metadata: { parentId: ctx.parentId, schoolId: ctx.schoolId },
      success_url: `${env.appUrl}/account/donations?ok=1`,
      cancel_url: `${env.appUrl}/account/donations`,
    });
    redirect(checkout.url!);
  });

// Guest donation from a public event page.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function startGuestDonation(formData: FormData) {
  const data = donationSchema.parse({ amountCents: Number(formData.get("amountCents")), schoolId: formData.get("schoolId") });
  const school = await db.school.findFirst({ where: { id: data.schoolId, suspended: false }, select: { id: true } });
  if (!school) return { error: "Unknown school" };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "usd", unit_amount: data.amountCents, product_data: { name: "Donation" } }, quantity: 1 }],
    metadata: { schoolId: school.id },
    success_url: `${env.appUrl}/thanks`,
    cancel_url: `${env.appUrl}/`,
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function myDonations() {
  const parent = await requireParent();
  const rows = await db.donation.findMany({ where: { parentId: parent.parentId }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function myDonationTotals() {
  const parent = await requireParent();
  const agg = await db.donation.aggregate({ where: { parentId: parent.parentId, status: "succeeded" }, _sum: { amountCents: true }, _count: true });
  // ok: excessive-data-exposure
  return { totalCents: agg._sum.amountCents ?? 0, count: agg._count };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function myLatestReceipt() {
  const session = await getParentSession();
  const donation = await db.donation.findFirst({
    where: { parentId: session.parentId },
    orderBy: { createdAt: "desc" },
    select: { id: true, amountCents: true, receiptToken: true },
  });
  // ok: excessive-data-exposure
  return donation;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const refundDonation = ptaAdminClient
  .metadata({ name: "refundDonation" })
  .schema(z.object({ donationId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const d = await db.donation.findFirst({ where: { id: parsedInput.donationId, schoolId: ctx.schoolId }, select: { id: true, stripePaymentIntentId: true } });
    if (!d) throw new Error("Not found");
    await stripe.refunds.create({ payment_intent: d.stripePaymentIntentId });
    await db.donation.update({ where: { id: d.id }, data: { status: "refunded" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const donationDetails = staffActionClient
  .metadata({ name: "donationDetails" })
  .schema(z.object({ donationId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const d = await db.donation.findFirst({ where: { id: parsedInput.donationId, schoolId: ctx.schoolId } });
    // ruleid: excessive-data-exposure
    return d;
  });

// ok: missing-auth, missing-input-validation
export const markDonationOffline = staffActionClient
  .metadata({ name: "markDonationOffline" })
  .schema(z.object({ donationId: z.string().cuid(), note: z.string().max(200) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.donation.update({ where: { id: parsedInput.donationId }, data: { status: `offline:${parsedInput.note}` } });
    return { ok: true };
  });
