import { z } from "zod";

export const PERMIT_TYPES = ["building", "electrical", "plumbing", "demolition", "signage", "event", "short_term_rental"] as const;

export const permitDraftSchema = z.object({
  type: z.enum(PERMIT_TYPES),
  address: z.string().min(5).max(200),
  parcelId: z.string().regex(/^[0-9-]{6,20}$/).optional(),
  description: z.string().min(10).max(4000),
  valuation: z.coerce.number().min(0).max(500_000_000),
  contractorId: z.string().cuid().optional(),
});

export const permitIdSchema = z.object({ permitId: z.string().cuid() });

export const statusChangeSchema = z.object({
  permitId: z.string().cuid(),
  status: z.enum(["IN_REVIEW", "CORRECTIONS", "APPROVED", "ISSUED", "FINALED", "VOID"]),
  note: z.string().max(2000).optional(),
});

// Admin form for the fee desk. Includes the waiver flag on purpose (department heads only).
export const feeAdjustSchema = z.object({
  feeId: z.string().cuid(),
  amount: z.coerce.number().min(0),
  waived: z.coerce.boolean().optional(),
});
