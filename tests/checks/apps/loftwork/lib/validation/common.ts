import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().email();

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(8).max(128) });
export const signUpSchema = z.object({
  name: z.string().min(2).max(80),
  email: emailSchema,
  password: z.string().min(10).max(128),
});

export const tourRequestSchema = z.object({
  locationId: z.string().uuid(),
  name: z.string().min(2).max(120),
  email: emailSchema,
  company: z.string().max(120).optional(),
  preferredDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const eventSchema = z.object({
  locationId: z.string().uuid(),
  title: z.string().min(3).max(160),
  blurb: z.string().max(2000).optional(),
  startsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(400),
});

export const creditNoteSchema = z.object({
  invoiceId: z.string().uuid(),
  amountCents: z.number().int().positive(),
  reason: z.string().min(3).max(255),
});

export const doorCodeSchema = z.object({
  locationId: z.string().uuid(),
  userId: z.string().min(1).optional(),
  label: z.string().min(1).max(80),
  validUntil: z.coerce.date().optional(),
});
