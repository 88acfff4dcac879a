import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const passwordSchema = z.string().min(10, "At least 10 characters").max(128);

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(128) });
export const signupSchema = z.object({
  name: z.string().trim().min(2).max(80),
  email: emailSchema,
  password: passwordSchema,
});
export const forgotSchema = z.object({ email: emailSchema });
export const resetSchema = z.object({ token: z.string().min(20).max(64), password: passwordSchema });
export const verifyCodeSchema = z.object({ code: z.string().regex(/^\d{8}$/) });
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: passwordSchema });
export const changeEmailSchema = z.object({ email: emailSchema, password: z.string().min(1) });
