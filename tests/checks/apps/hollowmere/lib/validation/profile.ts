import { z } from "zod";

export const profileSchema = z.object({
  fullName: z.string().trim().min(2).max(120),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
  unit: z.string().trim().max(12).optional(),
  notifyByEmail: z.boolean().default(true),
});

export const memberRoleSchema = z.object({
  membershipId: z.string().uuid(),
  role: z.enum(["resident", "officer", "manager", "contractor"]),
});

export const inviteSchema = z.object({
  email: z.string().email(),
  unit: z.string().trim().max(12),
  role: z.enum(["resident", "contractor"]),
});
