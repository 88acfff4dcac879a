"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createServerAction } from "zsa";
import { ydb } from "@/lib/db/drizzle";
import { workOrders, workOrderParts } from "@/lib/db/yard-schema";
import { yardProcedure, yardManagerProcedure, yardNotifyProcedure } from "@/lib/zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { findWorkOrderInMarina, decrementStock } from "@/lib/data/workorders";
import { summariseWorkOrder } from "@/lib/ai";
import { notifyOwner } from "@/lib/notify";
import { prisma } from "@/lib/db/prisma";

const createSchema = z.object({
  vesselId: z.string().cuid(),
  title: z.string().min(3).max(120),
  description: z.string().max(4000).optional(),
  haulOutAt: z.coerce.date().optional(),
});

export const createWorkOrder = yardProcedure
  .createServerAction()
  .input(createSchema)
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const id = crypto.randomUUID();
    // ok: mass-assignment
    await ydb.insert(workOrders).values({ ...input, id, marinaId: ctx.user.marinaId, status: "open" });
    return { id };
  });

export const assignMechanic = yardManagerProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid(), mechanicId: z.string() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    await ydb
      .update(workOrders)
      .set({ assignedTo: input.mechanicId })
      // ok: missing-authorization
      .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.marinaId, ctx.user.marinaId)));
    return { ok: true };
  });

export const logLabour = yardProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid(), minutes: z.number().int().min(1).max(720) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await ydb
      .update(workOrders)
      .set({ laborMinutes: input.minutes })
      .where(eq(workOrders.id, input.workOrderId));
    return { ok: true };
  });

export const updateWorkOrder = yardManagerProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid(), fields: z.record(z.any()) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    await ydb
      .update(workOrders)
      // ruleid: mass-assignment
      .set(input.fields)
      // ok: missing-authorization
      .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.marinaId, ctx.user.marinaId)));
    return { ok: true };
  });

export const addPartToWorkOrder = yardProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid(), partId: z.string().uuid(), quantity: z.number().positive().max(500) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const wo = await findWorkOrderInMarina(input.workOrderId, ctx.user.marinaId);
    if (!wo) throw new Error("Work order not found");
    // ok: mass-assignment
    // ok: missing-authorization
    await ydb.insert(workOrderParts).values({ id: crypto.randomUUID(), workOrderId: wo.id, partId: input.partId, quantity: String(input.quantity) });
    await decrementStock(input.partId, ctx.user.marinaId, input.quantity);
    return { ok: true };
  });

export const getWorkOrder = yardProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const [row] = await ydb
      .select()
      .from(workOrders)
      // ok: missing-authorization
      .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.marinaId, ctx.user.marinaId)));
    // ruleid: excessive-data-exposure
    return row;
  });

export const sendQuoteToOwner = yardNotifyProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .handler(async ({ input, ctx }) => {
    const wo = await findWorkOrderInMarina(input.workOrderId, ctx.user.marinaId);
    if (!wo?.quoteCents) throw new Error("No quote on this work order");
    const vessel = await prisma.vessel.findUnique({ where: { id: wo.vesselId }, select: { customerId: true } });
    if (vessel) await notifyOwner(vessel.customerId, `Quote: ${wo.title}`, `Estimated cost ${wo.quoteCents / 100} EUR.`);
    return { sent: !!vessel };
  });

/** AI summary of mechanic notes for the owner update e-mail. */
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function summariseNotes(notes: string) {
  const text = z.string().min(10).max(8000).parse(notes);
  return { summary: await summariseWorkOrder(text) };
}

export const summariseWorkOrderNotes = createServerAction()
  .input(z.object({ workOrderId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .handler(async ({ input }) => {
    const { user } = await validateRequest();
    if (!user) throw new Error("Sign in to the yard terminal");
    const wo = await ydb
      .select({ description: workOrders.description })
      .from(workOrders)
      // ok: missing-authorization
      .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.marinaId, user.marinaId)));
    return { summary: wo[0]?.description ? await summariseWorkOrder(wo[0].description) : "" };
  });

export const approveQuote = yardProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await ydb
      .update(workOrders)
      .set({ approved: true, status: "in_progress" })
      .where(eq(workOrders.id, input.workOrderId));
    return { ok: true };
  });
