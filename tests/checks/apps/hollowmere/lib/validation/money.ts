import { z } from "zod";

export const duesCheckoutSchema = z.object({
  period: z.string().regex(/^\d{4}-\d{2}$/),
});

export const hardshipSchema = z.object({
  amountCents: z.coerce.number().int().min(500).max(200_000),
  reason: z.string().trim().min(20).max(3000),
  months: z.coerce.number().int().min(1).max(6),
});

export const hardshipDecisionSchema = z.object({
  applicationId: z.string().uuid(),
  decision: z.enum(["approved", "declined"]),
  grantedCents: z.coerce.number().int().min(0).max(200_000).optional(),
});

// Officers editing an application. `approvedBy` must never be client-supplied — yet here it is.
export const hardshipEditSchema = z.object({
  applicationId: z.string().uuid(),
  reason: z.string().trim().min(20).max(3000).optional(),
  grantedCents: z.coerce.number().int().optional(),
  status: z.enum(["pending", "approved", "declined"]).optional(),
});
