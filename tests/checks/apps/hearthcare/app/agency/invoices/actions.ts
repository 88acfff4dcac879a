"use server";

import { z } from "zod";
import { withAgency } from "@/lib/with-agency";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const createInvoice = withAgency(async (formData, { agencyId }) => {
  const data = z.object({ clientId: z.string(), amount: z.coerce.number().positive(), dueAt: z.coerce.date() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const client = await prisma.client.findFirst({ where: { id: data.clientId, agencyId }, select: { id: true } });
  if (!client) return { error: "Unknown client" };
  // ok: mass-assignment
  return prisma.invoice.create({ data: { ...data, agencyId }, select: { id: true } });
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateInvoice = withAgency(async (formData, { agencyId }) => {
  const id = formData.get("id") as string;
  const patch = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.invoice.updateMany({ where: { id, agencyId }, data: patch });
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailInvoice = withAgency(async (formData, { agencyId, userId }) => {
  await rateLimitByIp(`invoice-mail:${userId}`, 30);
  const { invoiceId, to } = z.object({ invoiceId: z.string(), to: z.string().email() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const inv = await prisma.invoice.findFirst({ where: { id: invoiceId, agencyId }, select: { amount: true, dueAt: true } });
  if (!inv) return { error: "Not found" };
  await sendEmail(to, "Your Hearthcare invoice", `<p>Amount due: $${inv.amount} by ${inv.dueAt.toDateString()}</p>`);
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const voidInvoice = withAgency(async (formData, { agencyId }) => {
  const id = z.string().cuid().parse(formData.get("id"));
  // ruleid: missing-authorization
  await prisma.invoice.update({ where: { id }, data: { status: "void" } });
  return { success: true, agencyId };
});
