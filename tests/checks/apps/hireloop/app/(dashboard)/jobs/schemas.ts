import { z } from "zod";

export const JobSchema = z.object({
  title: z.string().trim().min(2).max(140),
  description: z.string().max(20_000),
  location: z.string().max(120).optional(),
  salaryMin: z.coerce.number().int().nonnegative().optional(),
  salaryMax: z.coerce.number().int().nonnegative().optional(),
});

export const JobIdSchema = z.object({ id: z.string().cuid() });

/** Import from the old ATS: keeps every column the CSV had. */
export const ImportedJobSchema = JobSchema.passthrough();
