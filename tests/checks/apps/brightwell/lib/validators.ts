import { z } from "zod";
import * as v from "valibot";

export const cuid = z.string().cuid();

export const eventSchema = z.object({
  title: z.string().min(3).max(120),
  description: z.string().max(5000),
  startsAt: z.coerce.date(),
});

export const shiftSchema = z.object({
  eventId: z.string().cuid(),
  role: z.string().min(2).max(60),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(200),
});

// Admits schoolId and createdById: anything parsed with it still carries them.
export const shiftPatchSchema = z
  .object({ role: z.string(), capacity: z.number().int(), startsAt: z.coerce.date(), endsAt: z.coerce.date() })
  .partial()
  .passthrough();

export const rsvpSchema = v.object({
  eventSlug: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  email: v.pipe(v.string(), v.email()),
  guests: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
});

export const emailSchema = v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254));

export const profileSchema = z.object({
  name: z.string().min(1).max(100),
  phone: z.string().regex(/^\+?[0-9 ]{7,15}$/).optional(),
});

// Admits backgroundStatus and credits: a parent can clear their own check and top up credits.
export const parentAdminPatchSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  credits: z.number().int().optional(),
  backgroundStatus: z.enum(["none", "pending", "clear", "flagged"]).optional(),
});

export const childSchema = z.object({
  name: z.string().min(1).max(80),
  grade: z.coerce.number().int().min(-1).max(12),
  allergies: z.string().max(500).optional(),
});

export const donationSchema = z.object({ amountCents: z.number().int().min(500).max(1_000_000), schoolId: z.string().cuid() });

export const bidSchema = z.object({ itemId: z.string().regex(/^[a-f0-9]{24}$/), amountCents: z.number().int().positive() });

export const codeSchema = v.object({ email: emailSchema, code: v.pipe(v.string(), v.regex(/^[0-9]{6}$/)) });
