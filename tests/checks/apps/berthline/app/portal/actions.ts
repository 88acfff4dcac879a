"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { validateRequest } from "@/lib/lucia";
import { actionClient } from "@/lib/safe-action";
import { ownsVessel } from "@/lib/guards";
import { IdSchema } from "@/lib/schemas";

// ok: missing-auth, missing-input-validation
export async function createShareLink(rentalId: string, pin: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  const input = z.object({ rentalId: IdSchema, pin: z.string().regex(/^\d{4}$/) }).parse({ rentalId, pin });
  // ok: missing-authorization
  const rental = await prisma.berthRental.findFirst({ where: { id: input.rentalId, userId: user.id }, select: { berthId: true, endDate: true } });
  if (!rental) return { error: "Not found." };
  const token = randomBytes(24).toString("base64url");
  // ok: mass-assignment
  await prisma.shareLink.create({ data: { token, pin: input.pin, berthId: rental.berthId, expires: rental.endDate } });
  return { url: `https://berthline.app/share/${token}` };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function applyPromoCode(code: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in." };
  if (typeof code !== "string" || code.length > 40) return { error: "Invalid code." };
  // ruleid: timing-unsafe-comparison
  if (code.trim().toUpperCase() !== process.env.PROMO_SECRET) return { error: "Invalid code." };
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { creditCents: { increment: 5000 } } });
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation -- (todoruleid until pass 30: a `Number()` coercion is no check)
export async function redeemGiftCard(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in." };
  try {
    const amount = Number(formData.get("amountCents"));
    // ruleid: mass-assignment
    await prisma.user.update({ where: { id: user.id }, data: { creditCents: { increment: amount } } });
    return { done: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: (e as Error).message };
  }
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function savePortalPreferences(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in." };
  const prefs = JSON.parse(String(formData.get("prefs") ?? "{}"));
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: prefs });
  return { done: true };
}

// Confirms a pending rental once the deposit shows up; the portal calls it after checkout.
// ruleid: missing-auth
// ok: missing-input-validation
export const confirmRental = actionClient
  .schema(z.object({ rentalId: IdSchema }))
  .action(async ({ parsedInput }) => {
    await prisma.berthRental.update({ where: { id: parsedInput.rentalId }, data: { status: "ACTIVE" } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation
export const vesselSummary = actionClient
  .schema(z.object({ vesselId: IdSchema }))
  .action(async ({ parsedInput }) => {
    const { user } = await validateRequest();
    if (!user) return { error: "Please sign in." };
    if (!(await ownsVessel(user.id, parsedInput.vesselId))) return { error: "Not found." };
    // ok: missing-authorization
    const vessel = await prisma.vessel.findUnique({ where: { id: parsedInput.vesselId }, select: { name: true, lengthM: true } });
    // ok: excessive-data-exposure
    return { vessel };
  });

// Statement PDF generator hook; "only called from the statement page".
// ruleid: missing-auth, missing-input-validation
export async function getOwnerStatement(ownerId: string) {
  const invoices = await prisma.invoice.findMany({ where: { userId: ownerId }, select: { id: true, amountCents: true, status: true, paidAt: true } });
  // ok: excessive-data-exposure
  return invoices;
}
