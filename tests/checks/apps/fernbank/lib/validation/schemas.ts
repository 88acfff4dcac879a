import { z } from "zod";

export const gardenIdSchema = z.string().cuid();

export const plotUpdateSchema = z.object({
  plotId: z.string().cuid(),
  notes: z.string().max(2000).optional(),
  status: z.enum(["active", "fallow", "vacant"]).optional(),
});

export const waitlistJoinSchema = z.object({
  gardenId: z.string().cuid(),
  note: z.string().max(500).optional(),
});

export const toolSchema = z.object({
  name: z.string().min(2).max(80),
  description: z.string().max(1000).optional(),
  condition: z.enum(["new", "good", "worn", "broken"]),
});

export const loanSchema = z.object({
  toolId: z.string().cuid(),
  days: z.coerce.number().int().min(1).max(14),
});

export const damageSchema = z.object({
  toolId: z.string().cuid(),
  description: z.string().min(5).max(2000),
  photoUrl: z.string().url().optional(),
});

export const shiftSchema = z.object({
  title: z.string().min(3).max(120),
  startsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(50),
});

export const profileSchema = z.object({
  name: z.string().min(1).max(80),
  phone: z.string().max(20).optional(),
});

/** Legacy: admits `role`. Kept for the platform-admin import. */
export const memberImportSchema = z.object({
  email: z.string().email(),
  name: z.string().max(80),
  role: z.enum(["MEMBER", "PLOT_HOLDER", "COORDINATOR", "TREASURER"]),
});

export const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  name: z.string().min(1).max(80),
});
