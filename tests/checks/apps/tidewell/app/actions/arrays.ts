"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { solarArrays } from "@/lib/db/schema";
import { boardClient } from "@/lib/safe-action";
import { requireBoard } from "@/lib/auth/guards";

const arraySchema = z.object({
  name: z.string().min(2).max(80),
  capacityKw: z.coerce.number().positive().max(50000),
  totalShares: z.coerce.number().int().positive(),
  isPublic: z.coerce.boolean(),
});

// ok: missing-auth, missing-input-validation
export const createArray = boardClient
  .metadata({ name: "array.create" })
  .schema(arraySchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    const [row] = await db.insert(solarArrays).values({ ...parsedInput, capacityKw: String(parsedInput.capacityKw), coopId: ctx.coopId }).returning({ id: solarArrays.id });
    revalidatePath("/board/arrays");
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const updateArray = boardClient
  .metadata({ name: "array.update" })
  .schema(arraySchema.partial().extend({ id: z.string().uuid() }))
  .action(async ({ parsedInput: { id, capacityKw, ...rest }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db.update(solarArrays).set({ ...rest, ...(capacityKw ? { capacityKw: String(capacityKw) } : {}) }).where(and(eq(solarArrays.id, id), eq(solarArrays.coopId, ctx.coopId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function setSiteAccessCode(arrayId: string, code: string) {
  await requireBoard();
  z.object({ arrayId: z.string().uuid(), code: z.string().regex(/^\d{4,8}$/) }).parse({ arrayId, code });
  await db.update(solarArrays).set({ siteAccessCode: code }).where(eq(solarArrays.id, arrayId));
}

// ok: missing-auth, missing-input-validation
export async function getArrayForEdit(arrayId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(arrayId);
  // ok: missing-authorization
  const [row] = await db.select().from(solarArrays).where(and(eq(solarArrays.id, arrayId), eq(solarArrays.coopId, ctx.coopId)));
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function archiveArray(arrayId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(arrayId);
  const [row] = await db.select({ coopId: solarArrays.coopId }).from(solarArrays).where(eq(solarArrays.id, arrayId));
  if (!row || row.coopId !== ctx.coopId) throw new Error("Not found");
  // ok: missing-authorization
  await db.update(solarArrays).set({ isPublic: false }).where(eq(solarArrays.id, arrayId));
}
