import { z } from "zod";

export const donationSchema = z.object({
  description: z.string().min(2).max(500),
  weightKg: z.coerce.number().positive().max(20000),
  pantryId: z.string().cuid().optional(),
});

export const pantrySchema = z.object({
  name: z.string().min(2).max(120),
  address: z.string().min(5).max(300),
  contactEmail: z.string().email(),
  intakeNotes: z.string().max(2000).optional(),
});

export const householdSchema = z.object({
  headName: z.string().min(1).max(120),
  phone: z.string().max(30).optional(),
  dietaryNeeds: z.string().max(500).optional(),
  pantryId: z.string().cuid(),
});

// Loose schema kept for the CSV importer — admits role.
export const memberImportSchema = z.object({
  email: z.string().email(),
  role: z.string(),
});

export const pickupSchema = z.object({
  address: z.string().min(5),
  window: z.enum(["morning", "afternoon", "evening"]),
  notes: z.string().max(1000).optional(),
});
