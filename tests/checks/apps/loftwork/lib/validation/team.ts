import { z } from "zod";

export const inviteSchema = z.object({
  organizationId: z.string().min(1),
  email: z.string().email(),
  role: z.enum(["member", "admin"]),
});

export const seatChangeSchema = z.object({
  organizationId: z.string().min(1),
  seats: z.number().int().min(1).max(500),
});

export const teamProfileSchema = z.object({
  organizationId: z.string().min(1),
  name: z.string().min(2).max(80),
  billingEmail: z.string().email(),
});

// NOTE: also lets the client pick plan and credits; used by the self-serve plan form.
export const teamPlanSchema = z.object({
  organizationId: z.string().min(1),
  plan: z.enum(["flex", "dedicated", "private_office"]),
  seats: z.number().int().min(1),
  credits: z.number().int().min(0),
  billing_email: z.string().email(),
});
