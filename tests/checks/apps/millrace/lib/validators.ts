import { z } from "zod";

export const bookingSchema = z.object({
  machineId: z.string().uuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

export const profileSchema = z.object({
  displayName: z.string().min(1).max(80),
  phone: z.string().max(30).optional(),
  emergencyContact: z.string().max(200).optional(),
});

// Admin-ish schema that admits a privileged field.
export const memberPatchSchema = z.object({
  displayName: z.string().min(1).max(80).optional(),
  phone: z.string().optional(),
  creditCents: z.number().int().optional(),
});

export const pinSchema = z.object({ pin: z.string().regex(/^\d{6}$/) });
export const uuidSchema = z.string().uuid();
export const incidentSchema = z.object({
  machineId: z.string().uuid().optional(),
  severity: z.enum(["low", "medium", "high"]),
  description: z.string().min(10).max(4000),
});
export const contactSchema = z.object({ name: z.string().max(100), email: z.string().email(), message: z.string().max(5000) });
