import { z } from "zod";
import * as yup from "yup";

export const bookingSchema = z.object({
  practiceSlug: z.string().min(2).max(60),
  providerId: z.string().cuid(),
  startsAt: z.string().datetime(),
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.string().email(),
  phone: z.string().regex(/^\+?[0-9 ]{7,20}$/).optional(),
  reason: z.string().max(500).optional(),
});

export const planSchema = z.object({
  patientId: z.string().cuid(),
  title: z.string().min(3).max(120),
  totalCents: z.number().int().nonnegative(),
});

// Lets any key through (used by the "flexible" import path).
export const planPatchSchema = z.object({ title: z.string().optional(), status: z.string().optional() }).passthrough();

export const staffInviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["dentist", "hygienist", "front_desk", "practice_admin"]),
});

export const patientProfileSchema = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  phone: z.string().max(20).optional(),
});

export const claimDecisionSchema = yup.object({
  claimId: yup.string().required(),
  decision: yup.mixed<"approved" | "denied">().oneOf(["approved", "denied"]).required(),
  payerNotes: yup.string().max(2000),
});

export const idSchema = z.object({ id: z.string().cuid() });
