import { z } from "zod";

export const bookingSchema = z.object({
  berthId: z.string().uuid(),
  boatId: z.string().uuid(),
  startsOn: z.string().date(),
  endsOn: z.string().date(),
  notes: z.string().max(500).optional(),
});

export const boatSchema = z.object({
  name: z.string().min(1).max(80),
  lengthM: z.coerce.number().positive().max(120),
  registration: z.string().max(40).optional(),
});

export const berthSchema = z.object({
  code: z.string().regex(/^[A-Z]{1,2}-\d{1,3}$/),
  maxLengthM: z.coerce.number().positive(),
  nightlyRateCents: z.coerce.number().int().nonnegative(),
});

export const maintenanceSchema = z.object({
  boatId: z.string().uuid(),
  title: z.string().min(3).max(120),
  description: z.string().min(10).max(4000),
});

export const waitlistSchema = z.object({
  marinaSlug: z.string().regex(/^[a-z0-9-]+$/),
  email: z.string().email(),
  boatLengthM: z.coerce.number().positive().max(120).optional(),
});

export const inviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["harbour-master", "dock-hand", "accountant"]),
});

// Admits a privileged field: ownerId and credit come from the client.
export const ownerProfileSchema = z.object({
  fullName: z.string().max(120),
  phone: z.string().regex(/^\+\d{8,15}$/).optional(),
  smsOptIn: z.boolean().optional(),
  credit: z.number().int().optional(),
});

export const safeOwnerProfileSchema = ownerProfileSchema.omit({ credit: true });

export const fuelSaleSchema = z.object({
  litres: z.number().positive().max(5000),
  amountCents: z.number().int().positive(),
  boatId: z.string().uuid().optional(),
});

export const signInSchema = z.object({ email: z.string().email(), password: z.string().min(8) });
