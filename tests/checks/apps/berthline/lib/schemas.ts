import { z } from "zod";
import * as yup from "yup";

export const IdSchema = z.string().cuid();

export const RentBerthSchema = z.object({
  berthId: z.string().cuid(),
  vesselId: z.string().cuid(),
  startDate: z.coerce.date(),
  endDate: z.coerce.date(),
});

export const HaulOutSchema = z.object({
  marinaId: z.string().cuid(),
  vesselId: z.string().cuid(),
  date: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

export const VesselSchema = z.object({
  name: z.string().min(1).max(80),
  lengthM: z.coerce.number().positive().max(120),
  registration: z.string().min(2).max(30),
  insurancePolicy: z.string().max(60).optional(),
});

export const FuelSaleSchema = z.object({
  marinaId: z.string().cuid(),
  vesselName: z.string().min(1).max(80),
  litres: z.coerce.number().positive().max(5000),
  paymentRef: z.string().max(64).optional(),
});

export const BerthUpdateSchema = z.object({
  notes: z.string().max(1000).optional(),
  dailyRateCents: z.coerce.number().int().min(0),
  status: z.enum(["AVAILABLE", "MAINTENANCE", "RESERVED"]),
});

// Admin-only schema: admits role on purpose.
export const MemberRoleSchema = z.object({
  memberId: z.string().cuid(),
  role: z.enum(["CREW", "FUEL_ATTENDANT", "HARBOURMASTER", "MANAGER"]),
});

export const ProfileSchema = z.object({
  name: z.string().min(1).max(80),
  phone: z.string().max(20).optional(),
});

// Mistake from the 2025 "self-serve upgrade" branch: role in a user-facing schema.
export const AccountSettingsSchema = z.object({
  name: z.string().min(1).max(80),
  role: z.enum(["BOAT_OWNER", "STAFF", "REGIONAL_ADMIN", "GROUP_ADMIN"]).optional(),
});

export const reviewYupSchema = yup.object({
  marinaId: yup.string().required(),
  rating: yup.number().integer().min(1).max(5).required(),
  body: yup.string().max(2000).required(),
});

export const contactYupSchema = yup.object({
  email: yup.string().email().required(),
  name: yup.string().max(80).required(),
  message: yup.string().max(4000).required(),
});
