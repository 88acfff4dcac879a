import { z } from "zod";

export const cuid = z.string().cuid();

export const bookingSchema = z.object({
  marinaId: cuid,
  berthId: cuid,
  vesselId: cuid.optional(),
  guestName: z.string().min(1).max(120).optional(),
  guestEmail: z.string().email().optional(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
});

export const leaseSchema = z.object({
  marinaId: cuid,
  berthId: cuid,
  customerId: cuid,
  vesselId: cuid,
  seasonStart: z.coerce.date(),
  seasonEnd: z.coerce.date(),
  priceCents: z.number().int().nonnegative(),
  autoRenew: z.boolean().default(false),
});

export const berthSchema = z.object({
  marinaId: cuid,
  code: z.string().min(1).max(12),
  pontoon: z.string().min(1).max(12),
  lengthM: z.number().positive().max(120),
  beamM: z.number().positive().max(40),
  draftM: z.number().positive().max(15),
  dailyRateCents: z.number().int().positive(),
});

/** Accountant adjustments — deliberately admits the owner credit field. */
export const ownerAdjustSchema = z.object({
  customerId: cuid,
  notes: z.string().max(2000).optional(),
  creditCents: z.number().int(),
});
