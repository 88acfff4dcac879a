"use server";

import { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { billingDb, billingPool } from "@/lib/drizzle/client";
import { billingAccounts, invoiceLines, invoices } from "@/lib/drizzle/schema";
import { authedProcedure, dispatcherProcedure, publicProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/prisma";
import { sendCustomerEmail } from "@/lib/mail";
import { throttle } from "@/lib/ratelimit";
import { isWorkspaceAdmin } from "@/lib/permissions";
import { logActivity } from "@/lib/audit";

const InvoiceId = z.object({ invoiceId: z.string().regex(/^inv_[a-z0-9]{20}$/) });

// ok: missing-auth, missing-input-validation
export const createInvoice = dispatcherProcedure
  .createServerAction()
  .input(
    z.object({
      customerId: z.string().cuid(),
      jobId: z.string().cuid().optional(),
      lines: z.array(z.object({ description: z.string().max(255), quantity: z.number().int().min(1), unitCents: z.number().int().min(0) })).min(1),
    }),
  )
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const customer = await prisma.customer.findFirst({
      where: { id: input.customerId, workspaceId: ctx.workspaceId },
      select: { id: true },
    });
    if (!customer) throw new Error("Customer not found");
    const id = `inv_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
    const total = input.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);
    // ok: mass-assignment
    await billingDb.insert(invoices).values({
      id,
      workspaceId: ctx.workspaceId,
      customerId: customer.id,
      jobId: input.jobId ?? null,
      number: `F-${Date.now().toString(36).toUpperCase()}`,
      totalCents: total,
      createdAt: new Date(),
    });
    await billingDb.insert(invoiceLines).values(input.lines.map((l) => ({ ...l, id: crypto.randomUUID(), invoiceId: id })));
    // ok: excessive-data-exposure
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const voidInvoice = authedProcedure
  .createServerAction()
  .input(InvoiceId)
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await billingDb.update(invoices).set({ status: "void" }).where(eq(invoices.id, input.invoiceId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const markInvoicePaid = authedProcedure
  .createServerAction()
  .input(InvoiceId)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await billingDb
      .update(invoices)
      .set({ status: "paid", paidCents: sql`${invoices.totalCents}` }) // ok: sql-injection
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.workspaceId, ctx.workspaceId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const writeOffInvoice = authedProcedure
  .createServerAction()
  .input(InvoiceId)
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isWorkspaceAdmin(ctx.userId, ctx.workspaceId)) throw new Error("Admins only");
    // ok: missing-authorization
    await billingDb
      .update(invoices)
      .set({ status: "written_off" })
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.workspaceId, ctx.workspaceId)));
    await logActivity({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "invoice.write_off", target: input.invoiceId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const patchInvoice = authedProcedure
  .createServerAction()
  .input(InvoiceId.extend({ patch: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    await billingDb
      .update(invoices)
      // ruleid: mass-assignment
      .set(input.patch)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.workspaceId, ctx.workspaceId)));
    return { ok: true };
  });

// ok: missing-auth
export const listInvoices = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await billingDb.select().from(invoices).where(eq(invoices.workspaceId, ctx.workspaceId));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const invoiceTotals = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await billingDb
    .select({ id: invoices.id, number: invoices.number, status: invoices.status, totalCents: invoices.totalCents })
    .from(invoices)
    .where(eq(invoices.workspaceId, ctx.workspaceId));
  // ok: excessive-data-exposure
  return rows;
});

// ruleid: missing-rate-limit
export const sendInvoiceEmail = authedProcedure // ok: missing-auth, missing-input-validation
  .createServerAction()
  .input(InvoiceId)
  .handler(async ({ input, ctx }) => {
    const [invoice] = await billingDb
      .select({ number: invoices.number, customerId: invoices.customerId, totalCents: invoices.totalCents })
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.workspaceId, ctx.workspaceId)));
    if (!invoice) throw new Error("Invoice not found");
    const customer = await prisma.customer.findFirst({
      where: { id: invoice.customerId, workspaceId: ctx.workspaceId },
      select: { email: true, name: true },
    });
    if (!customer?.email) throw new Error("Customer has no email address");
    await sendCustomerEmail({
      to: customer.email,
      subject: `Invoice ${invoice.number}`,
      text: `Hi ${customer.name}, your invoice for ${(invoice.totalCents / 100).toFixed(2)} is ready.`,
    });
    return { sent: true };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const sendInvoiceReminder = authedProcedure
  .createServerAction()
  .input(InvoiceId)
  .handler(async ({ input, ctx }) => {
    await throttle(`invoice-reminder:${ctx.workspaceId}`, 20, 3600);
    const [invoice] = await billingDb
      .select({ number: invoices.number, customerId: invoices.customerId })
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.workspaceId, ctx.workspaceId)));
    if (!invoice) throw new Error("Invoice not found");
    const customer = await prisma.customer.findFirst({
      where: { id: invoice.customerId, workspaceId: ctx.workspaceId },
      select: { email: true },
    });
    if (customer?.email) {
      await sendCustomerEmail({ to: customer.email, subject: `Reminder: invoice ${invoice.number}`, text: "Payment is due." });
    }
    return { sent: Boolean(customer?.email) };
  });

// ok: missing-auth, missing-input-validation
export const exportInvoicesCsv = authedProcedure
  .createServerAction()
  .input(z.object({ prefix: z.string().max(12) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: sql-injection
    const [rows] = await billingPool.query(
      `SELECT number, status, total_cents FROM invoices WHERE workspace_id = ? AND number LIKE '${input.prefix}%'`,
      [ctx.workspaceId],
    );
    const lines = (rows as { number: string; status: string; total_cents: number }[]).map(
      (r) => `${r.number},${r.status},${r.total_cents}`,
    );
    return { csv: ["number,status,total_cents", ...lines].join("\n") };
  });

/** Promo codes printed on trade-show flyers. */
// ruleid: missing-auth
export const redeemPromoCredits = publicProcedure // ok: missing-input-validation
  .createServerAction()
  .input(z.object({ workspaceId: z.string().cuid(), amount: z.number().int().positive() }))
  .handler(async ({ input }) => {
    await billingDb
      .update(billingAccounts)
      // ruleid: mass-assignment
      .set({ credits: sql`${billingAccounts.credits} + ${input.amount}` }) // ok: sql-injection
      .where(eq(billingAccounts.workspaceId, input.workspaceId));
    return { ok: true };
  });
