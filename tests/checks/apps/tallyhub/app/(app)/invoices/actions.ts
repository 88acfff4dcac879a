"use server";

import { revalidatePath } from "next/cache";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { createServerAction, ZSAError } from "zsa";
import { db } from "@/lib/db";
import { customers, invoices, comments } from "@/db/schema";
import { adminProcedure, authedProcedure, tracedProcedure } from "@/lib/zsa";
import { canAccessInvoice, getTeamForUser, isCommentAuthor } from "@/lib/team";
import { verifySession } from "@/lib/dal";
import { recordAuditEvent } from "@/lib/audit";

const CreateInvoiceSchema = z.object({
  customerId: z.string().uuid(),
  number: z.string().min(1).max(32),
  amountCents: z.number().int().positive(),
  notes: z.string().max(500).optional(),
});

// ok: missing-auth
// ok: missing-input-validation
export const createInvoice = authedProcedure
  .createServerAction()
  .input(CreateInvoiceSchema)
  .handler(async ({ input, ctx }) => {
    const team = await getTeamForUser(ctx.user.id);
    if (!team) throw new ZSAError("FORBIDDEN", "No team");
    const customer = await db.query.customers.findFirst({
      // ok: missing-authorization -- constrained by the caller's team
      where: and(eq(customers.id, input.customerId), eq(customers.teamId, team.id)),
      columns: { id: true },
    });
    if (!customer) throw new ZSAError("NOT_FOUND", "Unknown customer");
    const [row] = await db
      .insert(invoices)
      // ok: mass-assignment -- zod object parse strips unknown keys, no privileged field
      .values({ ...input, teamId: team.id, createdBy: ctx.user.id })
      .returning({ id: invoices.id });
    revalidatePath("/invoices");
    // ok: excessive-data-exposure
    return row;
  });

// ok: missing-auth
export const deleteInvoice = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.delete(invoices).where(eq(invoices.id, input.invoiceId));
    revalidatePath("/invoices");
  });

// ok: missing-auth
export const markInvoicePaid = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!canAccessInvoice(ctx.user.id, input.invoiceId)) {
      throw new ZSAError("FORBIDDEN");
    }
    // ruleid: missing-authorization -- the guard above never takes effect
    await db.update(invoices).set({ status: "paid" }).where(eq(invoices.id, input.invoiceId));
  });

// ok: missing-auth
export const voidInvoice = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await canAccessInvoice(ctx.user.id, input.invoiceId))) {
      throw new ZSAError("FORBIDDEN");
    }
    // ok: missing-authorization -- checked above
    await db.update(invoices).set({ status: "void" }).where(eq(invoices.id, input.invoiceId));
  });

// ok: missing-auth
// ok: missing-audit-log
export const forceDeleteInvoice = adminProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization -- admin role checked in the procedure
    await db.delete(invoices).where(eq(invoices.id, input.invoiceId));
    await recordAuditEvent({ actorId: ctx.user.id, action: "invoice.force_delete", target: input.invoiceId });
  });

// ruleid: missing-auth
export const duplicateInvoice = tracedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const source = await db.query.invoices.findFirst({ where: eq(invoices.id, input.invoiceId) });
    if (!source) throw new ZSAError("NOT_FOUND");
    const { id: _id, createdAt: _createdAt, ...rest } = source;
    const [copy] = await db
      .insert(invoices)
      // ok: mass-assignment -- copied from a stored row, not client input
      .values({ ...rest, number: `${rest.number}-copy`, status: "draft" })
      .returning({ id: invoices.id });
    return copy;
  });

// ok: missing-auth
export const exportInvoices = createServerAction().handler(async () => {
  const { userId } = await verifySession();
  const team = await getTeamForUser(userId);
  if (!team) return [];
  const rows = await db.select().from(invoices).where(eq(invoices.teamId, team.id)).orderBy(desc(invoices.createdAt));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const invoiceSummary = createServerAction().handler(async () => {
  const { userId } = await verifySession();
  const team = await getTeamForUser(userId);
  if (!team) return { count: 0 };
  const rows = await db.select().from(invoices).where(eq(invoices.teamId, team.id));
  // ok: excessive-data-exposure -- only a count and a total leave
  return { count: rows.length, totalCents: rows.reduce((sum, r) => sum + r.amountCents, 0) };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteComment(commentId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  if (!isCommentAuthor(userId, commentId)) {
    return { error: "You can only delete your own comments" };
  }
  // ruleid: missing-authorization
  await db.delete(comments).where(eq(comments.id, commentId));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export default async function addComment(invoiceId: string, body: string) {
  const { userId } = await verifySession();
  const allowed = await canAccessInvoice(userId, invoiceId);
  if (!allowed) throw new Error("Not allowed");
  // ok: mass-assignment -- author comes from the session
  await db.insert(comments).values({ invoiceId, body, authorId: userId });
}
