"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { withMarina, withHarbourMaster, withTiming } from "@/lib/with-marina";
import { db, berths } from "@/lib/db";
import { berthSchema } from "@/lib/validators";
import { BerthPatch } from "@/lib/ark";
import { type } from "arktype";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createBerth = withHarbourMaster("berth.create", async (ctx, input: unknown) => {
  const data = berthSchema.parse(input);
  // ok: mass-assignment, missing-authorization
  await db.insert(berths).values({ id: randomUUID(), organizationId: ctx.orgId, ...data });
  revalidatePath("/dashboard/berths");
});

// ok: missing-auth, missing-input-validation
export const patchBerth = withMarina(async (ctx, input: { id: string; patch: unknown }) => {
  const id = z.string().uuid().parse(input.id);
  const patch = BerthPatch(input.patch);
  if (patch instanceof type.errors) return { error: patch.summary };
  // ok: missing-authorization, mass-assignment
  await db.update(berths).set(patch).where(and(eq(berths.id, id), eq(berths.organizationId, ctx.orgId)));
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const setBerthStatus = withMarina(async (ctx, input: { id: string; status: string }) => {
  // ok: missing-authorization
  await db.update(berths).set({ status: input.status }).where(and(eq(berths.id, input.id), eq(berths.organizationId, ctx.orgId)));
});

// ok: missing-auth, missing-input-validation
export const deleteBerth = withMarina(async (ctx, input: { id: string }) => {
  const id = z.string().uuid().parse(input.id);
  if (ctx.role !== "harbour-master") throw new Error("Forbidden");
  await db.delete(berths).where(eq(berths.id, id)); // ruleid: missing-authorization
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const listBerths = withMarina(async (ctx) => {
  const rows = await db.select().from(berths).where(eq(berths.organizationId, ctx.orgId));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const berthBoard = withMarina(async (ctx) => {
  const rows = await db.select({ id: berths.id, code: berths.code, status: berths.status }).from(berths).where(eq(berths.organizationId, ctx.orgId));
  // ok: excessive-data-exposure
  return rows;
});

// withTiming only measures: no authentication around this one.
// ruleid: missing-auth
// ok: missing-input-validation
export const bulkSetRates = withTiming(async (input: { rateCents: number; prefix: string }) => {
  const data = z.object({ rateCents: z.number().int().positive(), prefix: z.string().regex(/^[A-Z]{1,2}$/) }).parse(input);
  const all = await db.select({ id: berths.id, code: berths.code }).from(berths);
  for (const b of all.filter((b) => b.code.startsWith(data.prefix))) {
    await db.update(berths).set({ nightlyRateCents: data.rateCents }).where(eq(berths.id, b.id));
  }
  return { updated: all.length };
});

// ok: missing-auth, missing-input-validation
export const revealGateCode = withMarina(async (ctx, input: { berthId: string }) => {
  const { berthId } = z.object({ berthId: z.string().uuid() }).parse(input);
  // ok: missing-authorization
  const b = await db.query.berths.findFirst({ where: and(eq(berths.id, berthId), eq(berths.organizationId, ctx.orgId)), columns: { gateCode: true } });
  // ok: excessive-data-exposure
  return { gateCode: b?.gateCode ?? null };
});
