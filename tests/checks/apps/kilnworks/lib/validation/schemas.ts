import { z } from "zod";

export const bookingSchema = z.object({
  wheelId: z.string().uuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  note: z.string().max(280).optional(),
});

export const firingRequestSchema = z.object({
  studioId: z.string().uuid(),
  cone: z.enum(["022", "06", "04", "5", "6", "10"]),
  atmosphere: z.enum(["oxidation", "reduction"]).default("oxidation"),
  pieces: z.coerce.number().int().min(1).max(40),
  notes: z.string().max(500).optional(),
});

export const profileSchema = z.object({
  name: z.string().min(1).max(80),
  bio: z.string().max(1000).optional(),
  phone: z.string().regex(/^\+?[0-9 ]{7,20}$/).optional(),
});

// NOTE: admin tooling reuses this schema, which is why role is on it.
export const memberUpdateSchema = z.object({
  membershipId: z.string().uuid(),
  plan: z.enum(["monthly", "annual", "punchcard"]),
  notes: z.string().max(500).optional(),
  role: z.enum(["member", "instructor", "manager", "owner"]),
});

export const classSchema = z.object({
  title: z.string().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().max(4000).optional(),
  priceCents: z.coerce.number().int().min(0),
  capacity: z.coerce.number().int().min(1).max(40),
});

export const gradeSchema = z.object({
  testId: z.string().uuid(),
  grade: z.coerce.number().int().min(0).max(10),
  feedback: z.string().max(2000),
});

export const idSchema = z.string().uuid();
