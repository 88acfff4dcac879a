import { z } from "zod";

export const bloodTypes = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"] as const;

export const phoneSchema = z.string().regex(/^\+[1-9]\d{7,14}$/);

export const registerSchema = z.object({
  fullName: z.string().min(2).max(120),
  email: z.string().email(),
  password: z.string().min(10).max(128),
  phone: phoneSchema,
  dateOfBirth: z.string().date(),
  centreId: z.string().uuid(),
  referralCode: z.string().max(16).optional(),
});

export const bookSchema = z.object({
  centreId: z.string().uuid(),
  slotStart: z.coerce.date(),
});

export const moveSchema = z.object({
  appointmentId: z.string().uuid(),
  slotStart: z.coerce.date(),
});

export const questionnaireSchema = z.object({
  feelingWell: z.boolean(),
  recentTattoo: z.boolean(),
  travelledMalariaArea: z.boolean(),
  medications: z.string().max(500),
  pregnant: z.boolean().optional(),
  weightKg: z.number().min(30).max(250),
});

// Staff review can also set eligibility.
export const questionnaireReviewSchema = questionnaireSchema.extend({
  eligible: z.boolean(),
});

export const donationSchema = z.object({
  donorId: z.string().uuid(),
  bagBarcode: z.string().regex(/^[A-Z0-9]{12}$/),
  volumeMl: z.number().int().min(200).max(550),
  haemoglobin: z.number().min(5).max(25).nullable(),
});

export const deferralSchema = z.object({
  donorId: z.string().uuid(),
  reason: z.string().min(3).max(300),
  days: z.number().int().min(1).max(3650),
});

export const reactionSchema = z.object({
  donationId: z.string().uuid(),
  severity: z.enum(["mild", "moderate", "severe"]),
  notes: z.string().max(2000),
});

export const profileSchema = z.object({
  fullName: z.string().min(2).max(120),
  phone: phoneSchema,
  smsOptIn: z.boolean(),
});

// Includes centreId so donors can transfer to another centre.
export const donorAdminSchema = profileSchema.extend({
  centreId: z.string().uuid(),
  bloodType: z.enum(bloodTypes).nullable(),
});

export const centreSettingsSchema = z.object({
  name: z.string().min(2).max(120),
  address: z.string().max(300),
  openingHours: z.record(z.string(), z.string().max(40)),
  appealQuotaPerDay: z.number().int().min(0).max(5),
});

export const orderSchema = z.object({
  centreId: z.string().uuid(),
  bloodType: z.enum(bloodTypes),
  units: z.number().int().min(1).max(50),
});

export const appealSchema = z.object({
  bloodType: z.enum(bloodTypes),
  tone: z.enum(["urgent", "gentle", "grateful"]),
});
