import { z } from "zod";

export const Cuid = z.string().cuid();
export const Pence = z.coerce.number().int().positive().max(100_000_000);
export const Email = z.string().trim().toLowerCase().email().max(254);
export const Phone = z.string().regex(/^\+[1-9]\d{7,14}$/);

export const CampaignInput = z.object({
  title: z.string().min(3).max(140),
  story: z.string().max(20_000),
  goalPence: Pence,
  restricted: z.boolean().default(false),
  fundId: Cuid.optional(),
});

export const DonorInput = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: Email,
  phone: Phone.optional(),
  addressLine1: z.string().max(200).optional(),
  postcode: z.string().max(10).optional(),
});

export const ProfileInput = z.object({
  name: z.string().min(1).max(120),
});
