import { z } from "zod";

export const idSchema = z.string().cuid();

export const applicationSchema = z.object({
  preferredSite: z.string().max(80).optional(),
  statement: z.string().max(2000).optional(),
});

export const plotNotesSchema = z.object({ plotId: idSchema, notes: z.string().max(4000) });

export const plotAdminSchema = z.object({
  code: z.string().regex(/^[A-Z]{1,3}-\d{1,3}$/),
  siteId: idSchema,
  sizeSqm: z.coerce.number().int().min(10).max(1000),
  rentPence: z.coerce.number().int().min(0).max(100000),
});

export const offerSchema = z.object({ applicationId: idSchema, plotId: idSchema });
export const transferSchema = z.object({ plotId: idSchema, toEmail: z.string().email() });
