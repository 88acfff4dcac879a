"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { and, desc, eq } from "drizzle-orm";
import { createServerAction } from "zsa";
import { staffProcedure, harbourMasterProcedure, trackedProcedure } from "@/lib/zsa";
import { db, fuelSales, fuelDevices } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export const recordManualSale = staffProcedure
  .createServerAction()
  .input(z.object({ deviceId: z.string().uuid(), litres: z.number().positive(), amountCents: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const device = await db.query.fuelDevices.findFirst({ where: and(eq(fuelDevices.id, input.deviceId), eq(fuelDevices.organizationId, ctx.orgId)), columns: { id: true } });
    if (!device) throw new Error("Unknown pump");
    // ok: mass-assignment, missing-authorization
    await db.insert(fuelSales).values({ id: randomUUID(), organizationId: ctx.orgId, createdAt: new Date(), ...input });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const voidSale = staffProcedure
  .createServerAction()
  .input(z.object({ saleId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: missing-authorization
    await db.delete(fuelSales).where(eq(fuelSales.id, input.saleId));
    return { ok: true, by: ctx.user.id };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const correctSale = harbourMasterProcedure
  .createServerAction()
  .input(z.object({ saleId: z.string().uuid(), amountCents: z.number().int().nonnegative() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(fuelSales).set({ amountCents: input.amountCents }).where(and(eq(fuelSales.id, input.saleId), eq(fuelSales.organizationId, ctx.orgId)));
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const recentSales = staffProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await db.select().from(fuelSales).where(eq(fuelSales.organizationId, ctx.orgId)).orderBy(desc(fuelSales.createdAt)).limit(50);
  // ruleid: excessive-data-exposure
  return rows;
});

// trackedProcedure never rejects anonymous callers.
// ok: missing-input-validation
// ruleid: missing-auth
export const deleteSalesForDevice = trackedProcedure
  .createServerAction()
  .input(z.object({ deviceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    await db.delete(fuelSales).where(and(eq(fuelSales.deviceId, input.deviceId), eq(fuelSales.organizationId, ctx.orgId ?? "")));
  });

// A plain zsa action with no procedure: anyone can read a pump's totals.
// ok: missing-input-validation
// ruleid: missing-auth
export const salesForDevice = createServerAction()
  .input(z.object({ deviceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const rows = await db.select({ litres: fuelSales.litres }).from(fuelSales).where(eq(fuelSales.deviceId, input.deviceId));
    return rows.reduce((s, r) => s + r.litres, 0);
  });
