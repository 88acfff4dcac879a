"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { meterReadings, shares } from "@/lib/db/schema";
import { memberClient, trackedClient } from "@/lib/safe-action";
import { readingSchema, uuid } from "@/lib/validators";
import { requireMember, ownsSharesIn } from "@/lib/auth/guards";
import { resolveMemberId } from "./_member";

// ok: missing-auth, missing-input-validation
export const submitReading = memberClient
  .metadata({ name: "reading.submit" })
  .schema(readingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const memberId = await resolveMemberId(ctx.userId, ctx.coopId);
    const [holding] = await db
      .select({ id: shares.id })
      .from(shares)
      .where(and(eq(shares.memberId, memberId), eq(shares.arrayId, parsedInput.arrayId)));
    if (!holding) return { error: "You hold no shares in that array" };
    // ok: mass-assignment, missing-authorization
    const [row] = await db.insert(meterReadings).values({ ...parsedInput, kwh: String(parsedInput.kwh), memberId }).returning({ id: meterReadings.id });
    revalidatePath("/dashboard/readings");
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const listMyReadings = memberClient
  .metadata({ name: "reading.list" })
  .schema(z.object({ arrayId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const memberId = await resolveMemberId(ctx.userId, ctx.coopId);
    // ok: missing-authorization
    const rows = await db
      .select({ id: meterReadings.id, kwh: meterReadings.kwh, readAt: meterReadings.readAt, verified: meterReadings.verified })
      .from(meterReadings)
      .where(and(eq(meterReadings.memberId, memberId), eq(meterReadings.arrayId, parsedInput.arrayId)));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const deleteReading = trackedClient
  .metadata({ name: "reading.delete" })
  .schema(z.object({ readingId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await db.delete(meterReadings).where(and(eq(meterReadings.id, parsedInput.readingId), eq(meterReadings.memberId, ctx.userId as string)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const verifyReading = memberClient
  .metadata({ name: "reading.verify" })
  .schema(z.object({ readingId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.update(meterReadings).set({ verified: true }).where(eq(meterReadings.id, parsedInput.readingId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function correctReading(readingId: string, kwh: number) {
  const ctx = await requireMember();
  uuid.parse(readingId);
  if (typeof kwh !== "number" || !Number.isFinite(kwh) || kwh <= 0) throw new Error("Bad reading");
  // ok: missing-authorization
  await db.update(meterReadings).set({ kwh: String(kwh), verified: false }).where(and(eq(meterReadings.id, readingId), eq(meterReadings.memberId, ctx.memberId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function readingsForArray(arrayId: string) {
  const ctx = await requireMember();
  uuid.parse(arrayId);
  // ruleid: floating-auth-check
  if (!ownsSharesIn(ctx.memberId, arrayId)) throw new Error("Not a shareholder");
  // ruleid: missing-authorization
  const rows = await db.select({ kwh: meterReadings.kwh, readAt: meterReadings.readAt }).from(meterReadings).where(eq(meterReadings.arrayId, arrayId));
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function arrayReadingsChecked(arrayId: string) {
  const ctx = await requireMember();
  uuid.parse(arrayId);
  // ok: floating-auth-check
  if (!(await ownsSharesIn(ctx.memberId, arrayId))) throw new Error("Not a shareholder");
  // ok: missing-authorization
  const rows = await db.select({ kwh: meterReadings.kwh, readAt: meterReadings.readAt }).from(meterReadings).where(eq(meterReadings.arrayId, arrayId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function attachPhoto(formData: FormData) {
  const ctx = await requireMember();
  const readingId = formData.get("readingId") as string;
  const photoUrl = formData.get("photoUrl") as string;
  // ok: missing-authorization
  await db.update(meterReadings).set({ photoUrl }).where(and(eq(meterReadings.id, readingId), eq(meterReadings.memberId, ctx.memberId)));
}
