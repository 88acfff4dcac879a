import { z } from "zod";

export const langCode = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/);
export const id = z.string().cuid();

export const jobCreateSchema = z.object({
  title: z.string().min(3).max(140),
  sourceLang: langCode,
  targetLangs: z.array(langCode).min(1).max(20),
  deadline: z.coerce.date().optional(),
  budgetCents: z.coerce.number().int().positive().optional(),
  instructions: z.string().max(5000).optional(),
});

export const jobUpdateSchema = jobCreateSchema.partial().extend({ jobId: id });

export const bidSchema = z.object({
  jobId: id,
  amountCents: z.coerce.number().int().positive(),
  message: z.string().max(2000).optional(),
});

export const glossaryTermSchema = z.object({
  jobId: id,
  source: z.string().min(1).max(200),
  target: z.string().min(1).max(200),
  note: z.string().max(500).optional(),
});

export const profileSchema = z.object({
  name: z.string().min(1).max(80),
  bio: z.string().max(2000).optional(),
  languages: z.array(langCode).max(20).optional(),
});

export const adminProfileSchema = profileSchema.extend({
  platformRole: z.enum(["USER", "TRANSLATOR", "REVIEWER", "AGENCY_MANAGER", "SUPPORT", "ADMIN"]),
  credits: z.number().int(),
});
