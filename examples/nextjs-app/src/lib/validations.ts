import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1),
});

export const registerSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  password: z.string().min(12).max(128),
});

export const emailSchema = z.object({ email: z.string().email() });

export const resetPasswordSchema = z.object({
  token: z.string().min(32).max(128),
  password: z.string().min(12).max(128),
});

export const otpSchema = z.object({ otp: z.string().regex(/^\d{6}$/) });

export const noteIdSchema = z.object({ id: z.string().cuid() });

export const noteSchema = z.object({
  title: z.string().min(1).max(200),
  content: z.string().max(50_000),
});

export const profileSchema = z.object({
  name: z.string().min(1).max(100),
  bio: z.string().max(500).optional(),
});

// Shared with the onboarding wizard, where a new team picks its plan before checkout.
export const teamSchema = z.object({
  name: z.string().min(1).max(100),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  plan: z.enum(["FREE", "PRO", "ENTERPRISE"]),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(12).max(128),
});

export const apiKeySchema = z.object({ name: z.string().min(1).max(50) });

export const inviteSchema = z.object({ email: z.string().email() });

export const memberRoleSchema = z.object({
  memberId: z.string().cuid(),
  role: z.enum(["USER", "ADMIN"]),
});

export const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(10).max(5_000),
});

export const searchSchema = z.object({ q: z.string().min(1).max(100) });

export const summarizeSchema = z.object({ text: z.string().min(1).max(20_000) });
