"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { ydb } from "@/lib/db/drizzle";
import { yardInvoices, workOrders } from "@/lib/db/yard-schema";
import { yardManagerProcedure, yardProcedure } from "@/lib/zsa";

export const invoiceWorkOrder = yardManagerProcedure
  .createServerAction()
  .input(z.object({ workOrderId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const [wo] = await ydb
      .select({ id: workOrders.id, quoteCents: workOrders.quoteCents })
      .from(workOrders)
      // ok: missing-authorization
      .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.marinaId, ctx.user.marinaId)));
    if (!wo) throw new Error("Not found");
    const id = crypto.randomUUID();
    // ok: mass-assignment
    await ydb.insert(yardInvoices).values({ id, marinaId: ctx.user.marinaId, workOrderId: wo.id, totalCents: wo.quoteCents ?? 0 });
    return { id };
  });

export const voidYardInvoice = yardProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await ydb.update(yardInvoices).set({ status: "void" }).where(eq(yardInvoices.id, input.invoiceId));
    return { ok: true };
  });

export const yardInvoiceTotals = yardProcedure
  .createServerAction()
  // ok: missing-auth
  .handler(async ({ ctx }) => {
    const rows = await ydb
      .select({ id: yardInvoices.id, totalCents: yardInvoices.totalCents, status: yardInvoices.status })
      .from(yardInvoices)
      .where(eq(yardInvoices.marinaId, ctx.user.marinaId));
    // ok: excessive-data-exposure
    return rows;
  });
