import { z } from "zod";

export const idSchema = z.string().uuid();

export const setTimeSchema = z.object({
  stageId: z.string().uuid(),
  artistId: z.string().uuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(2000).optional(),
});

export const riderSchema = z.object({
  hospitality: z.string().max(5000),
  technical: z.string().max(10000),
});

export const guestSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  plusOnes: z.number().int().min(0).max(2),
});

export const pitchApplicationSchema = z.object({
  pitchType: z.enum(["food", "drink", "merch", "coffee"]),
  menu: z.string().min(10).max(4000),
});

// Vendor self-service profile. `approved` and `feeBalanceCents` slipped in when the admin form was merged.
export const vendorProfileSchema = z.object({
  businessName: z.string().min(2).max(120),
  phone: z.string().max(30).optional(),
  approved: z.boolean().optional(),
  feeBalanceCents: z.number().int().optional(),
});

export const volunteerSchema = z.object({
  name: z.string().min(2).max(120),
  email: z.string().email(),
  phone: z.string().min(6).max(30),
  shifts: z.array(z.enum(["fri", "sat", "sun", "build", "breakdown"])).min(1),
  dob: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  emergencyContact: z.string().min(3).max(200),
});

export const lostItemSchema = z.object({
  description: z.string().min(3).max(1000),
  contactEmail: z.string().email(),
  contactPhone: z.string().max(30).optional(),
  location: z.string().max(200).optional(),
});

export const topUpSchema = z.object({ wristbandId: z.string().min(1), amountCents: z.number().int().min(500).max(20000) });

export const transferSchema = z.object({ ticketId: z.string().min(1), toEmail: z.string().email() });

export const stageSchema = z.object({ name: z.string().min(2).max(80), capacity: z.number().int().min(10).max(100000), curfew: z.string().optional() });

export const festivalSettingsSchema = z.object({ name: z.string().min(2).max(120), startsAt: z.coerce.date(), endsAt: z.coerce.date() });

export const roleSchema = z.object({ userId: z.string().min(1), role: z.enum(["org:production_manager", "org:stage_manager", "org:volunteer"]) });

export const incidentSchema = z.object({ stageId: z.string().uuid(), severity: z.enum(["low", "medium", "high"]), description: z.string().min(5).max(4000) });
