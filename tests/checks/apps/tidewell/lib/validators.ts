import { z } from "zod";

export const readingSchema = z.object({
  arrayId: z.string().uuid(),
  kwh: z.coerce.number().positive().max(100000),
  readAt: z.coerce.date(),
  photoUrl: z.string().url().optional(),
});

export const profileSchema = z.object({
  displayName: z.string().min(1).max(80),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/).optional(),
});

// Admits `status` and `creditBalance`: used by the "member self-service" form by mistake.
export const memberPatchSchema = z.object({
  displayName: z.string().min(1).max(80).optional(),
  taxId: z.string().max(20).optional(),
  creditBalance: z.number().int().optional(),
  status: z.enum(["active", "suspended", "left"]).optional(),
});

export const transferSchema = z.object({
  shareId: z.string().uuid(),
  toMemberId: z.string().uuid(),
  units: z.number().int().positive(),
  priceCents: z.number().int().nonnegative(),
});

export const emailSchema = z.object({ email: z.string().email().max(254) });

export const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  name: z.string().min(1).max(80),
  coopSlug: z.string().min(2).max(40),
});

export const uuid = z.string().uuid();
