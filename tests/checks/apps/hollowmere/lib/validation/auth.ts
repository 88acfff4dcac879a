import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
});

export const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  fullName: z.string().trim().min(2).max(120),
  inviteCode: z.string().trim().max(32).optional(),
});

export const emailOnlySchema = z.object({ email: z.string().email() });

export const otpSchema = z.object({
  email: z.string().email(),
  token: z.string().regex(/^\d{6}$/),
});

export const passwordChangeSchema = z.object({
  password: z.string().min(10).max(200),
  confirm: z.string().min(10).max(200),
});
