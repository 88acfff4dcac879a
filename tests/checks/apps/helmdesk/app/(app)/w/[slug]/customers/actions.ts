"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { sql as ksql } from "kysely";
import { workspaceActionClient, adminActionClient, sessionActionClient } from "@/lib/actions/safe-action";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { searchCustomers } from "@/services/search";
import { withOrg } from "@/lib/actions/wrappers";

const bind = [z.string()] as const;

// ok: missing-auth, missing-input-validation
export const getCustomer = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ customerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const customer = await kdb
      .selectFrom("customers")
      .select(["id", "email", "name"])
      .where("id", "=", parsedInput.customerId)
      .where("workspace_id", "=", ctx.workspaceId)
      .executeTakeFirst();
    // ok: excessive-data-exposure
    return customer ?? null;
  });

// ok: missing-auth, missing-input-validation
export const getCustomerFull = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ customerId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const customer = await kdb.selectFrom("customers").selectAll().where("id", "=", parsedInput.customerId).executeTakeFirst();
    // ruleid: excessive-data-exposure
    return customer;
  });

const NotesSchema = z.object({ customerId: z.string().uuid(), notes: z.string().max(5000) });

// ok: missing-auth, missing-input-validation
export const updateCustomerNotes = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(NotesSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.customer.updateMany({ where: { id: parsedInput.customerId, workspaceId: ctx.workspaceId }, data: { notes: parsedInput.notes } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const gdprDeleteCustomer = adminActionClient
  .metadata({ actionName: "customer.gdpr_deleted" })
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ customerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.$transaction(async (tx) => {
      // ok: missing-authorization
      const c = await tx.customer.findFirst({ where: { id: parsedInput.customerId, workspaceId: ctx.workspaceId }, select: { id: true } });
      if (!c) throw new Error("Customer not found");
      await tx.message.deleteMany({ where: { ticket: { customerId: c.id } } });
      await tx.ticket.deleteMany({ where: { customerId: c.id } });
      await tx.customer.delete({ where: { id: c.id } });
    });
    return { ok: true };
  });

// Export for the GDPR "right of access" request; built before the workspace client existed.
// ruleid: missing-auth
export const gdprExportCustomer = sessionActionClient
  .inputSchema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    const rows = await prisma.customer.findMany({ where: { email: parsedInput.email }, include: { tickets: { include: { messages: true } } } });
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const searchCustomersAction = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ term: z.string().max(100), orderBy: z.enum(["email", "name", "created_at"]) }))
  .action(async ({ parsedInput, ctx }) => searchCustomers(ctx.workspaceId, parsedInput.term, parsedInput.orderBy));

// ok: missing-auth, missing-input-validation
export const customerStats = workspaceActionClient.bindArgsSchemas(bind).action(async ({ ctx }) => {
  // ok: sql-injection
  const r = await ksql<{ n: number }>`select count(*)::int as n from customers where workspace_id = ${ctx.workspaceId}`.execute(kdb);
  return { count: r.rows[0]?.n ?? 0 };
});

// ok: missing-auth, missing-input-validation
export const mergeCustomers = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ fromId: z.string().uuid(), intoId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    try {
      await prisma.ticket.updateMany({ where: { customerId: parsedInput.fromId, workspaceId: ctx.workspaceId }, data: { customerId: parsedInput.intoId } });
      await auditLog({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "customer.merged" });
      return { ok: true };
    } catch (error) {
      // ruleid: information-disclosure
      return { ok: false, error };
    }
  });

// ruleid: missing-input-validation
export const updateCustomerFromForm = withOrg(async (m, formData: FormData) => {
  const customerId = String(formData.get("id"));
  formData.delete("id");
  // ok: missing-authorization
  await prisma.customer.updateMany({
    where: { id: customerId, workspaceId: m.workspaceId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { ok: true };
});

const CustomerContactSchema = z.object({ customerId: z.string().uuid(), name: z.string().max(100).optional(), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export const updateCustomerContact = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(CustomerContactSchema)
  .action(async ({ parsedInput: { customerId, ...contact }, ctx }) => {
    // ok: missing-authorization
    await prisma.customer.updateMany({
      where: { id: customerId, workspaceId: ctx.workspaceId },
      // ok: mass-assignment
      data: { ...contact },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const reassignCustomerWorkspace = workspaceActionClient
  .bindArgsSchemas(bind)
  .inputSchema(z.object({ customerId: z.string().uuid(), ownerId: z.string().cuid(), workspaceId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.customer.updateMany({
      where: { id: parsedInput.customerId, workspaceId: ctx.workspaceId },
      data: {
        // ruleid: mass-assignment
        ...parsedInput,
      },
    });
    return { ok: true };
  });
