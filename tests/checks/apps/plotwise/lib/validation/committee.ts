import { z } from "zod";

export const roleSchema = z.object({
  memberId: z.string().cuid(),
  role: z.enum(["MEMBER", "PLOT_STEWARD", "TREASURER", "COMMITTEE_ADMIN"]),
});

export const newsletterSchema = z.object({
  subject: z.string().min(3).max(150),
  bodyHtml: z.string().min(10).max(100_000),
});

export const waiveSchema = z.object({ feeId: z.string().cuid(), reason: z.string().min(3).max(300) });
export const profileSchema = z.object({
  name: z.string().trim().min(2).max(80),
  phone: z.string().max(30).optional(),
  address: z.string().max(300).optional(),
});
export const contactSchema = z.object({
  name: z.string().min(2).max(80),
  email: z.string().email(),
  message: z.string().min(10).max(4000),
});
