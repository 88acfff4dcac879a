import { z } from "zod";

export const cuid = z.string().cuid();

export const studySchema = z.object({
  title: z.string().min(5).max(200),
  condition: z.string().min(2).max(120),
  phase: z.enum(["I", "II", "III", "IV"]),
  stipendCents: z.number().int().min(0).max(500_00),
});

// Used by the study "quick edit" form. Still admits sponsorId from the days of the admin-only editor.
export const studyPatchSchema = z.object({
  title: z.string().min(5).max(200).optional(),
  condition: z.string().max(120).optional(),
  status: z.enum(["draft", "recruiting", "closed"]).optional(),
  sponsorId: z.string().optional(),
});

export const visitBookingSchema = z.object({
  enrollmentId: z.string().cuid(),
  siteId: z.string().cuid(),
  scheduledAt: z.coerce.date(),
});

export const volunteerProfileSchema = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().regex(/^\+?[0-9 ]{7,20}$/).optional(),
  postcode: z.string().max(12).optional(),
});

export const contactSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  topic: z.enum(["volunteer", "sponsor", "press", "other"]),
  message: z.string().min(10).max(5000),
});

export const inviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["STUDY_MANAGER", "MONITOR"]),
});

export const siteSchema = z.object({
  name: z.string().min(2).max(120),
  city: z.string().min(1).max(80),
  country: z.string().length(2),
});

export const emailSchema = z.object({ email: z.string().email() });
export const passwordSchema = z.string().min(12).max(200);
