"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { validateRequest } from "@/lib/auth/lucia";
import { getTutorOrError } from "@/lib/auth/guards";
import { db } from "@/lib/db/drizzle";
import { payouts, tutorProfiles } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";
import { stripe } from "@/lib/stripe";
import { randomUUID } from "crypto";

const requestSchema = z.object({ amountCents: z.coerce.number().int().min(1000).max(500_000) });

// ok: missing-auth, missing-input-validation
export async function requestPayout(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in as a tutor" };
  const parsed = requestSchema.safeParse({ amountCents: formData.get("amountCents") });
  if (!parsed.success) return { error: "Amount must be between 10 and 5000" };
  // ok: mass-assignment
  await db.insert(payouts).values({ id: randomUUID(), tutorId: user.id, amountCents: parsed.data.amountCents });
  return { ok: true };
}

// ok: missing-auth
export async function listMyPayouts() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await db.select({ id: payouts.id, amountCents: payouts.amountCents, status: payouts.status, createdAt: payouts.createdAt }).from(payouts).where(eq(payouts.tutorId, user.id));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function exportPayouts() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await db.select().from(payouts).where(eq(payouts.tutorId, user.id));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function cancelPayout(payoutId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (typeof payoutId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  await db.update(payouts).set({ status: "cancelled" }).where(and(eq(payouts.id, payoutId), eq(payouts.tutorId, user.id), eq(payouts.status, "pending")));
  revalidatePath("/payouts");
}

const bankSchema = z.object({ iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/), taxId: z.string().max(20) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateBankDetails(_prev: unknown, formData: FormData) {
  const { error, tutor } = await getTutorOrError();
  if (error) return { error };
  const parsed = bankSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid bank details" };
  // ok: mass-assignment, missing-authorization
  await db.update(tutorProfiles).set({ payoutIban: parsed.data.iban, taxId: parsed.data.taxId }).where(eq(tutorProfiles.userId, tutor!.id));
  await auditLog({ actorId: tutor!.id, action: "payout.bank_details.updated" });
  return { ok: true };
}

// ruleid: missing-auth, missing-input-validation
export async function updateHourlyRate(_prev: unknown, formData: FormData) {
  const { tutor } = await getTutorOrError();
  // school admins edit rates on behalf of their tutors
  const tutorId = tutor?.id ?? String(formData.get("tutorId"));
  const rate = Number(formData.get("rate"));
  if (!Number.isInteger(rate) || rate < 1000) return { error: "Rate too low" };
  await db.update(tutorProfiles).set({ hourlyRateCents: rate }).where(eq(tutorProfiles.userId, tutorId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateTutorProfile(_prev: unknown, formData: FormData) {
  const { error, tutor } = await getTutorOrError();
  if (error || !tutor) return { error: error ?? "Not allowed" };
  const body = Object.fromEntries(formData);
  if (typeof body.headline !== "string" || typeof body.bio !== "string") return { error: "Headline and bio are required" };
  // ruleid: mass-assignment
  await db.update(tutorProfiles).set(body).where(eq(tutorProfiles.userId, tutor.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function approvePayout(payoutId: string) {
  const { user } = await validateRequest();
  if (!user || (user as { role?: string }).role !== "SUPERADMIN") throw new Error("Forbidden");
  if (typeof payoutId !== "string" || payoutId.length !== 36) throw new Error("Bad id");
  // ok: missing-authorization
  const [p] = await db.update(payouts).set({ status: "approved" }).where(eq(payouts.id, payoutId)).returning({ tutorId: payouts.tutorId, amountCents: payouts.amountCents });
  await stripe.transfers.create({ amount: p.amountCents, currency: "eur", destination: p.tutorId });
  await auditLog({ actorId: user.id, action: "payout.approve", target: payoutId });
  return { ok: true };
}
