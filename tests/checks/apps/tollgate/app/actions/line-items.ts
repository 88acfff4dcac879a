"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createServerAction } from "zsa";
import { db, lineItems, declarations } from "@/lib/db";
import { authedProcedure, brokerProcedure, trackedProcedure } from "@/lib/zsa";
import { lineItemInput, hsCode } from "@/lib/validators";
import { recomputeDuty } from "@/lib/declarations";
import { dutyRateFor } from "@/lib/hs";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const addLineItem = authedProcedure
  .createServerAction()
  .input(lineItemInput)
  .handler(async ({ input, ctx }) => {
    const parent = await db.query.declarations.findFirst({
      where: and(eq(declarations.id, input.declarationId), eq(declarations.importerId, ctx.orgId)),
      columns: { id: true },
    });
    if (!parent) throw new Error("Declaration not found");
    const dutyRate = input.hsCode ? String(await dutyRateFor(input.hsCode)) : null;
    // ok: mass-assignment, missing-authorization
    const [row] = await db.insert(lineItems).values({ ...input, unitValue: String(input.unitValue), dutyRate, importerId: ctx.orgId }).returning({ id: lineItems.id });
    await recomputeDuty(input.declarationId, ctx.orgId);
    // ok: excessive-data-exposure
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const updateLineItemQuantity = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid(), quantity: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(lineItems).set({ quantity: input.quantity }).where(and(eq(lineItems.id, input.id), eq(lineItems.importerId, ctx.orgId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setLineItemHsCode = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid(), hsCode }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.update(lineItems).set({ hsCode: input.hsCode, aiSuggested: false }).where(eq(lineItems.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeLineItem = brokerProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.delete(lineItems).where(and(eq(lineItems.id, input.id), eq(lineItems.importerId, ctx.orgId)));
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const bulkReclassify = trackedProcedure
  .createServerAction()
  .input(z.object({ fromCode: hsCode, toCode: hsCode }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(lineItems).set({ hsCode: input.toCode }).where(and(eq(lineItems.hsCode, input.fromCode), eq(lineItems.importerId, ctx.orgId ?? "")));
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const copyLineItems = createServerAction()
  .input(z.object({ fromDeclarationId: z.string().uuid(), toDeclarationId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const rows = await db.select({ description: lineItems.description, hsCode: lineItems.hsCode, quantity: lineItems.quantity, unitValue: lineItems.unitValue, importerId: lineItems.importerId }).from(lineItems).where(eq(lineItems.declarationId, input.fromDeclarationId));
    // ok: mass-assignment
    await db.insert(lineItems).values(rows.map((r) => ({ ...r, declarationId: input.toDeclarationId })));
    return { copied: rows.length };
  });

// ok: missing-auth, missing-input-validation
export const listLineItems = authedProcedure
  .createServerAction()
  .input(z.object({ declarationId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(lineItems).where(and(eq(lineItems.declarationId, input.declarationId), eq(lineItems.importerId, ctx.orgId)));
    // ruleid: excessive-data-exposure
    return rows;
  });
