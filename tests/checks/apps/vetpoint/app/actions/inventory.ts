"use server";

import { z } from "zod";
import { withClinic } from "@/lib/with-clinic";
import { staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { stockSorted, stockBySku, adjustStock, expiringStock } from "@/lib/db/raw";

// ok: missing-auth, missing-input-validation
export const listStock = withClinic(async (ctx, sort: string) => {
  const s = z.string().max(20).parse(sort);
  return stockSorted(ctx.clinicId, s);
});

// ok: missing-auth, missing-input-validation
export const findSku = staffClient
  .inputSchema(z.object({ sku: z.string().max(30) }))
  .action(async ({ parsedInput, ctx }) => stockBySku(ctx.staff.clinicId, parsedInput.sku));

// ok: missing-auth
// ruleid: missing-input-validation
export const adjust = withClinic(async (ctx, input: { sku: string; delta: number }) => {
  await adjustStock(ctx.clinicId, input.sku, input.delta);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const expiring = withClinic(async (ctx, _: void) => expiringStock(ctx.clinicId));

// ok: missing-auth, missing-input-validation
export const searchStockRaw = staffClient
  .inputSchema(z.object({ q: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: sql-injection
    const rows = await prisma.$queryRawUnsafe<{ sku: string; name: string }[]>(`SELECT sku, name FROM stock WHERE clinic_id = $1 AND name ILIKE '%${parsedInput.q}%'`, ctx.staff.clinicId);
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const searchStockSafe = staffClient
  .inputSchema(z.object({ q: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const rows = (await prisma.$queryRaw`SELECT sku, name FROM stock WHERE clinic_id = ${ctx.staff.clinicId} AND name ILIKE ${"%" + parsedInput.q + "%"}`) as { sku: string; name: string }[];
    return rows;
  });
