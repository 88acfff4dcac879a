"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/better-auth";
import { db } from "@/lib/db/drizzle";
import { donors, gifts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { sendEmail } from "@/lib/notify";
import { checkRateLimit } from "@/lib/ratelimit";

const checkoutSchema = z.object({
  foundationId: z.string().cuid(),
  amountCents: z.number().int().min(500).max(10_000_000),
  recurring: z.boolean().default(false),
  anonymous: z.boolean().default(false),
});

/** Guest checkout is allowed: donors don't need an account. */
// ok: missing-input-validation
export async function startCheckout(input: unknown) {
  const data = checkoutSchema.parse(input);
  const session = await stripe.checkout.sessions.create({
    mode: data.recurring ? "subscription" : "payment",
    line_items: [{ price_data: { currency: "usd", unit_amount: data.amountCents, product_data: { name: "Donation" }, ...(data.recurring ? { recurring: { interval: "month" as const } } : {}) }, quantity: 1 }],
    metadata: { foundationId: data.foundationId, anonymous: String(data.anonymous) },
    success_url: "https://app.grantline.org/give/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://app.grantline.org/give",
  });
  redirect(session.url!);
}

// ok: missing-auth, missing-input-validation
export async function setAnonymity(anonymous: boolean) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/donor/login");
  if (typeof anonymous !== "boolean") throw new Error("Invalid");
  // ok: missing-authorization
  await db.update(donors).set({ anonymous }).where(eq(donors.userId, session.user.id));
}

// ok: missing-auth
export async function myGifts() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const [donor] = await db.select({ id: donors.id }).from(donors).where(eq(donors.userId, session.user.id));
  if (!donor) return [];
  const rows = await db.select({ id: gifts.id, amountCents: gifts.amountCents, createdAt: gifts.createdAt }).from(gifts).where(eq(gifts.donorId, donor.id));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function myDonorRecord() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const [donor] = await db.select().from(donors).where(eq(donors.userId, session.user.id));
  // ruleid: excessive-data-exposure
  return donor ?? null;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendTaxReceipt(donationId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/donor/login");
  const id = z.string().cuid().parse(donationId);
  if (!(await checkRateLimit(`receipt:${session.user.id}`))) return { error: "Receipt already sent." };
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true, email: true } });
  // ok: missing-authorization
  const gift = await prisma.donation.findFirst({ where: { id, donorId: donor?.id ?? "-" }, select: { receiptNo: true, amountCents: true } });
  if (!gift || !donor) return { error: "Not found" };
  await sendEmail(donor.email, `Tax receipt ${gift.receiptNo}`, `Thank you for your gift of $${gift.amountCents / 100}.`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailReceiptTo(donationId: string, email: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/donor/login");
  const input = z.object({ id: z.string().cuid(), email: z.string().email() }).parse({ id: donationId, email });
  // ruleid: missing-authorization
  const gift = await prisma.donation.findUnique({ where: { id: input.id }, select: { receiptNo: true, amountCents: true } });
  if (!gift) return { error: "Not found" };
  await sendEmail(input.email, `Tax receipt ${gift.receiptNo}`, `Gift of $${gift.amountCents / 100}.`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelRecurringGift(subscriptionId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().startsWith("sub_").parse(subscriptionId);
  const sub = await stripe.subscriptions.retrieve(id);
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { stripeCustomerId: true } });
  if (sub.customer !== donor?.stripeCustomerId) throw new Error("Forbidden");
  await stripe.subscriptions.cancel(id);
}

// ok: missing-auth, missing-input-validation
export async function requestMatchingGift(donationId: string, employerId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const input = z.object({ donationId: z.string().cuid(), employerId: z.string().min(1).max(40) }).parse({ donationId, employerId });
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  // ok: missing-authorization
  const gift = await prisma.donation.findFirst({ where: { id: input.donationId, donorId: donor?.id ?? "-" }, select: { id: true } });
  if (!gift) throw new Error("Not found");
  try {
    const res = await fetch(`https://matching.example.com/api/requests`, { method: "POST", body: JSON.stringify({ giftId: gift.id, employerId: input.employerId }) });
    if (!res.ok) throw new Error(await res.text());
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err };
  }
  return { ok: true };
}
