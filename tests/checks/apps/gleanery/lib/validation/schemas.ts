import { z } from "zod";

export const donationIntakeSchema = z.object({
  donorName: z.string().max(120).optional(),
  description: z.string().min(2).max(500),
  weightKg: z.coerce.number().positive().max(5000),
  category: z.enum(["produce", "dry", "dairy", "frozen", "hygiene"]),
});

export const lotSchema = z.object({
  sku: z.string().min(1).max(40),
  description: z.string().min(1).max(300),
  quantity: z.coerce.number().int().min(0),
  expiresOn: z.coerce.date().optional(),
});

export const lotUpdateSchema = lotSchema.partial().extend({ lotId: z.string().cuid() });

export const shiftSchema = z.object({
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(50),
  notes: z.string().max(500).optional(),
});

export const profileSchema = z.object({ name: z.string().min(1).max(80), phone: z.string().max(20).optional() });

// NB: includes role — used by the admin "edit staff" screen only
export const staffAdminSchema = z.object({
  name: z.string().min(1).max(80),
  role: z.enum(["staff", "coordinator", "network_admin"]),
});

export const allocationSchema = z.object({
  fromPantryId: z.string().cuid(),
  lotId: z.string().cuid(),
  quantity: z.coerce.number().int().positive(),
});

export const publicDonationSchema = z.object({
  email: z.string().email(),
  name: z.string().max(120).optional(),
  amountCents: z.coerce.number().int().min(100).max(10_000_000),
  pantrySlug: z.string().max(80).optional(),
});

export const emailSchema = z.object({ email: z.string().email() });
