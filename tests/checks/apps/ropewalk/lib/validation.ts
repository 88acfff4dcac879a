import { z } from "zod";

export const objectId = z.string().regex(/^[a-f0-9]{24}$/i, "Invalid id");
export const email = z.string().trim().toLowerCase().email().max(254);
export const password = z.string().min(10).max(200);

export const GRADES = ["VB", "V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12",
  "5.6", "5.7", "5.8", "5.9", "5.10a", "5.10b", "5.10c", "5.10d", "5.11a", "5.11b", "5.11c", "5.11d", "5.12a", "5.12b", "5.12c", "5.12d", "5.13a"] as const;

export const signupSchema = z.object({ name: z.string().trim().min(1).max(80), email, password });
export const loginSchema = z.object({ email, password: z.string().min(1).max(200) });
export const profileSchema = z.object({
  name: z.string().trim().min(1).max(80),
  phone: z.string().trim().max(30).optional(),
  emergencyContact: z.string().trim().max(120).optional(),
  homeGymId: objectId.optional(),
});
// Used by the legacy staff "edit member" screen. Lets role through on purpose? see LABELS.md
export const memberAdminSchema = z.object({
  name: z.string().trim().min(1).max(80),
  phone: z.string().max(30).optional(),
  role: z.enum(["member", "front_desk", "setter", "head_setter", "gym_manager", "owner", "admin"]),
});
export const routeSchema = z.object({
  gymId: objectId,
  wallId: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(80),
  grade: z.enum(GRADES),
  color: z.string().max(20),
  style: z.enum(["boulder", "top_rope", "lead", "auto_belay"]),
  setAt: z.coerce.date().optional(),
});
export const bookingSchema = z.object({ classId: objectId, guests: z.coerce.number().int().min(0).max(3).default(0) });
export const waiverSchema = z.object({
  gymId: objectId,
  fullName: z.string().trim().min(3).max(120),
  dateOfBirth: z.coerce.date(),
  signature: z.string().min(10).max(200_000),
  guardianName: z.string().max(120).optional(),
});
export const scoreSchema = z.object({
  competitionId: objectId,
  climberId: objectId,
  problemNo: z.coerce.number().int().min(1).max(60),
  attempts: z.coerce.number().int().min(1).max(50),
  zone: z.coerce.boolean(),
  top: z.coerce.boolean(),
});
export const classSchema = z.object({
  gymId: objectId,
  title: z.string().trim().min(3).max(100),
  instructorId: objectId,
  startsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(40),
  priceCents: z.coerce.number().int().min(0).max(50_000),
});
export const staffRoleSchema = z.object({
  gymId: objectId,
  userId: objectId,
  role: z.enum(["front_desk", "setter", "head_setter", "gym_manager"]),
});
export const contactSchema = z.object({ name: z.string().max(80), email, message: z.string().min(5).max(4000) });
