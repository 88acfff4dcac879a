import { z } from "zod";

export const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12).max(128),
  name: z.string().min(1).max(120),
  kind: z.enum(["HOMEOWNER", "CONTRACTOR", "DESIGN_PROFESSIONAL"]),
});

export const profileSchema = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().regex(/^\+?[0-9]{10,15}$/).optional(),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(12).max(128),
});

export const emailSchema = z.object({ email: z.string().email() });
