import { z } from "zod";

export const uuid = z.string().uuid();
export const weekSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");

export const subscribeSchema = z.object({
  siteId: z.string().uuid(),
  size: z.enum(["small", "regular", "family"]),
});

export const swapSchema = z.object({
  subscriptionId: z.string().uuid(),
  week: weekSchema,
  removeItem: z.string().min(1).max(60),
  addItem: z.string().min(1).max(60),
});

export const skipSchema = z.object({ subscriptionId: z.string().uuid(), week: weekSchema });

export const siteSchema = z.object({
  name: z.string().min(2).max(80),
  address: z.string().min(5).max(200),
  capacity: z.coerce.number().int().min(1).max(500),
});

export const profileSchema = z.object({
  fullName: z.string().max(100),
  phone: z.string().max(30).optional(),
  address: z.string().max(200).optional(),
  dietaryNotes: z.string().max(500).optional(),
});

/** Used by the (older) member self-edit endpoint. Admits role and credits: see LABELS.md. */
export const memberPatchSchema = z.object({
  fullName: z.string().max(100).optional(),
  phone: z.string().max(30).optional(),
  role: z.enum(["owner", "packer", "driver", "coordinator", "member"]).optional(),
  credits: z.number().int().optional(),
});

export const harvestItemSchema = z.object({
  item: z.string().min(1).max(60),
  quantity: z.coerce.number().int().min(0),
  unit: z.enum(["kg", "bunch", "each", "punnet"]),
  week: weekSchema,
});

export const waitlistSchema = z.object({
  email: z.string().email(),
  postcode: z.string().min(3).max(10),
  householdSize: z.coerce.number().int().min(1).max(12).optional(),
  farmId: z.string().uuid().optional(),
});

export const shiftSignupSchema = z.object({ shiftId: z.string().length(24) });
