"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isStudioLead } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function approveInvoice(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { studioId: true } });
  if (!invoice) return { error: "Invoice not found" };
  // ruleid: floating-auth-check
  if (!isStudioLead(session.userId, invoice.studioId)) return { error: "Only studio leads can approve invoices" };
  // ruleid: missing-authorization
  await prisma.invoice.update({ where: { id }, data: { status: "approved", approvedById: session.userId }, select: { id: true } });
  await auditLog({ actorId: session.userId, action: "invoice.approved", target: id });
  revalidatePath("/studio");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { studioId: true, status: true } });
  if (!invoice) return { error: "Invoice not found" };
  // ok: floating-auth-check
  if (!(await isStudioLead(session.userId, invoice.studioId))) return { error: "Only studio leads can void invoices" };
  // ok: missing-authorization
  await prisma.invoice.update({ where: { id }, data: { status: "void" }, select: { id: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function sendInvoiceReminder(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { studioId: true } });
  if (!invoice) return { error: "Invoice not found" };
  // ruleid: floating-auth-check
  const allowed = isStudioLead(session.userId, invoice.studioId);
  if (!allowed) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await prisma.invoice.update({ where: { id }, data: { status: "reminded" }, select: { id: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function invoiceDetails(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { id: true, studioId: true, amountCents: true, status: true, createdAt: true } });
  if (!invoice) return null;
  const lead = await isStudioLead(session.userId, invoice.studioId);
  if (!lead) return null;
  // ok: excessive-data-exposure, missing-authorization
  return invoice;
}
