import { z } from "zod";

export const quoteSchema = z.object({
  ticketId: z.string().uuid(),
  amountCents: z.number().int().positive().max(50_000_000),
  description: z.string().trim().min(5).max(4000),
  validDays: z.number().int().min(1).max(90).default(30),
});

export const invoiceSchema = z.object({
  quoteId: z.string().uuid(),
  amountCents: z.number().int().positive(),
  pdfPath: z.string().regex(/^invoices\/[\w-]+\.pdf$/),
});

export const contractorProfileSchema = z.object({
  companyName: z.string().trim().min(2).max(120),
  trade: z.string().trim().max(60),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/),
  insuranceExpires: z.coerce.date().optional(),
});
