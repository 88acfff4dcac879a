"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { ydb } from "@/lib/db/drizzle";
import { parts } from "@/lib/db/yard-schema";
import { yardProcedure, yardManagerProcedure } from "@/lib/zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { searchParts, lowStockParts } from "@/lib/data/workorders";
import { logger } from "@/lib/logger";

export const createPart = yardManagerProcedure
  .createServerAction()
  .input(z.object({ sku: z.string().min(2).max(40), name: z.string().min(2).max(120), unitCostCents: z.number().int().min(0), unitPriceCents: z.number().int().min(0), stock: z.number().int().min(0) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const id = crypto.randomUUID();
    // ok: mass-assignment
    await ydb.insert(parts).values({ ...input, id, marinaId: ctx.user.marinaId });
    return { id };
  });

export const findParts = yardProcedure
  .createServerAction()
  .input(z.object({ q: z.string().min(1).max(60) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const result = await searchParts(ctx.user.marinaId, input.q);
    // ok: excessive-data-exposure
    return result.rows;
  });

export const listParts = yardProcedure
  .createServerAction()
  // ok: missing-auth
  .handler(async ({ ctx }) => {
    const rows = await ydb.select().from(parts).where(eq(parts.marinaId, ctx.user.marinaId));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function lowStockReport(threshold: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in to the yard terminal");
  const res = await lowStockParts(user.marinaId, threshold);
  return res.rows;
}

// ok: missing-auth, missing-input-validation
export async function adjustStock(partId: string, delta: number) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in to the yard terminal");
  if (typeof partId !== "string" || !Number.isInteger(delta) || Math.abs(delta) > 1000) throw new Error("Bad input");
  const [row] = await ydb.select({ stock: parts.stock }).from(parts).where(and(eq(parts.id, partId), eq(parts.marinaId, user.marinaId)));
  if (!row) throw new Error("Part not found");
  await ydb
    .update(parts)
    .set({ stock: row.stock + delta })
    // ok: missing-authorization
    .where(and(eq(parts.id, partId), eq(parts.marinaId, user.marinaId)));
  return { stock: row.stock + delta };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function deletePart(partId: string) {
  const { user } = await validateRequest();
  if (typeof partId !== "string") throw new Error("Bad input");
  logger.info({ by: user?.id, partId }, "part deleted");
  await ydb.delete(parts).where(eq(parts.id, partId));
  return { ok: true };
}
