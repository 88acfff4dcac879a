"use server";

import { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { db, declarations, lineItems, payments } from "@/lib/db";
import { authedProcedure, brokerProcedure } from "@/lib/zsa";
import { hsCode } from "@/lib/validators";
import { dutyRateFor } from "@/lib/hs";
import { logger } from "@/lib/logger";

// Broker desk: zsa procedures defined in lib/zsa.ts.

// ok: missing-auth, missing-input-validation
export const bulkSubmit = brokerProcedure
  .createServerAction()
  .input(z.object({ ids: z.array(z.string().uuid()).min(1).max(100) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const updated = await db.update(declarations).set({ status: "submitted" }).where(and(inArray(declarations.id, input.ids), eq(declarations.importerId, ctx.orgId))).returning({ id: declarations.id });
    // ok: excessive-data-exposure
    return { submitted: updated.map((u) => u.id) };
  });

// ok: missing-auth, missing-input-validation
export const classifyLine = brokerProcedure
  .createServerAction()
  .input(z.object({ lineItemId: z.string().uuid(), code: hsCode }))
  .handler(async ({ input, ctx }) => {
    const rate = await dutyRateFor(input.code);
    // ok: missing-authorization, mass-assignment
    await db.update(lineItems).set({ hsCode: input.code, dutyRate: String(rate), aiSuggested: false }).where(and(eq(lineItems.id, input.lineItemId), eq(lineItems.importerId, ctx.orgId)));
    return { dutyRate: rate };
  });

// ok: missing-auth, missing-input-validation
export const overrideDutyRate = authedProcedure
  .createServerAction()
  .input(z.object({ lineItemId: z.string().uuid(), dutyRate: z.number().min(0).max(100) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.update(lineItems).set({ dutyRate: String(input.dutyRate) }).where(eq(lineItems.id, input.lineItemId));
    return { ok: true };
  });

const lineUpdate = z.object({
  id: z.string().uuid(),
  description: z.string().min(2).max(500).optional(),
  quantity: z.number().int().positive().optional(),
  unitValue: z.number().nonnegative().optional(),
});

// ok: missing-auth, missing-input-validation
export const editLine = authedProcedure
  .createServerAction()
  .input(lineUpdate)
  .handler(async ({ input, ctx }) => {
    const { id, unitValue, ...rest } = input;
    // ok: mass-assignment, missing-authorization
    await db.update(lineItems).set({ ...rest, ...(unitValue !== undefined ? { unitValue: String(unitValue) } : {}) }).where(and(eq(lineItems.id, id), eq(lineItems.importerId, ctx.orgId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const editLineLoose = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }).passthrough())
  .handler(async ({ input, ctx }) => {
    const { id, ...changes } = input;
    // ruleid: mass-assignment
    await db.update(lineItems).set(changes).where(and(eq(lineItems.id, id), eq(lineItems.importerId, ctx.orgId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const paymentHistory = authedProcedure
  .createServerAction()
  .input(z.object({ declarationId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(payments).where(and(eq(payments.declarationId, input.declarationId), eq(payments.importerId, ctx.orgId)));
    logger.info({ org: ctx.orgId, n: rows.length }, "payment history viewed");
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const declarationStatus = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const row = await db.query.declarations.findFirst({ where: and(eq(declarations.id, input.id), eq(declarations.importerId, ctx.orgId)), columns: { status: true } });
    // ok: excessive-data-exposure
    return row?.status ?? null;
  });

// ok: missing-auth, missing-input-validation
export const peekDeclaration = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const row = await db.query.declarations.findFirst({ where: eq(declarations.id, input.id), columns: { reference: true, status: true, internalNotes: true } });
    // ok: excessive-data-exposure
    return row ?? null;
  });
