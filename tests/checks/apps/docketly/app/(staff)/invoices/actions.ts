"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireRole, BILLING_ROLES } from "@/lib/authz";
import { withRole } from "@/lib/wrappers";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { ledesArchiveByNumber, ledesLinesForInvoice } from "@/lib/sql/legacy-billing";

const invoiceSchema = z.object({ matterId: z.string().cuid(), dueInDays: z.coerce.number().int().min(0).max(120) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createInvoice = withRole(BILLING_ROLES, "invoice.create", async (formData, session) => {
  const parsed = invoiceSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Pick a matter." };
  const matter = await prisma.matter.findFirst({ where: { id: parsed.data.matterId, firmId: session.firmId }, select: { id: true, clientId: true } });
  if (!matter) return { error: "Matter not found" };
  const unbilled = await prisma.timeEntry.findMany({ where: { matterId: matter.id, firmId: session.firmId, billed: false }, select: { id: true, minutes: true, rateCents: true } });
  const total = unbilled.reduce((s, e) => s + Math.round((e.minutes / 60) * e.rateCents), 0);
  const count = await prisma.invoice.count({ where: { firmId: session.firmId } });
  await prisma.$transaction([
    prisma.invoice.create({
      data: { firmId: session.firmId, clientId: matter.clientId, matterId: matter.id, number: `INV-${count + 1}`, status: "DRAFT", totalCents: total, dueAt: new Date(Date.now() + parsed.data.dueInDays * 86400_000) },
    }),
    prisma.timeEntry.updateMany({ where: { id: { in: unbilled.map((e) => e.id) } }, data: { billed: true } }),
  ]);
  return { success: "Invoice drafted" };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function emailInvoice(invoiceId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().cuid().parse(invoiceId);
  if (!(await rateLimitByKey(`invoice-email:${session.firmId}`))) throw new Error("Too many invoice e-mails, try later");
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: session.firmId }, select: { number: true, clientId: true, totalCents: true } });
  if (!invoice) throw new Error("Invoice not found");
  const client = await prisma.client.findUnique({ where: { id: invoice.clientId }, select: { email: true, name: true } });
  if (client?.email) {
    await sendEmail(client.email, `Invoice ${invoice.number}`, `<p>Dear ${client.name}, your invoice of $${(invoice.totalCents / 100).toFixed(2)} is ready in the portal.</p>`);
  }
  await prisma.invoice.update({ where: { id }, data: { status: "SENT" } });
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendPaymentReminder(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().cuid().parse(formData.get("invoiceId"));
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: session.firmId, status: { in: ["SENT", "OVERDUE"] } }, select: { number: true, clientId: true } });
  if (!invoice) return { error: "Invoice not found" };
  const client = await prisma.client.findUnique({ where: { id: invoice.clientId }, select: { email: true } });
  if (client?.email) await sendEmail(client.email, `Reminder: invoice ${invoice.number}`, "<p>This invoice is past due.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().cuid().parse(formData.get("invoiceId"));
  const res = await prisma.invoice.updateMany({ where: { id, firmId: session.firmId, paidCents: 0 }, data: { status: "VOID" } });
  revalidatePath("/invoices");
  return res.count ? { ok: true } : { error: "Only unpaid invoices of your firm can be voided." };
}

// Finance exports old LEDES files by invoice number from the MySQL archive.
// ruleid: missing-input-validation
// ok: missing-auth
export async function exportArchivedLedes(invoiceNumber: string) {
  await requireRole(BILLING_ROLES);
  const lines = await ledesArchiveByNumber(invoiceNumber);
  return { lines };
}

// ok: missing-auth, missing-input-validation
export async function exportLedes(invoiceId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().cuid().parse(invoiceId);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: session.firmId }, select: { id: true } });
  if (!invoice) throw new Error("Invoice not found");
  return { lines: await ledesLinesForInvoice(invoice.id) };
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().cuid().parse(invoiceId);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: session.firmId } });
  // ruleid: excessive-data-exposure
  return invoice;
}
