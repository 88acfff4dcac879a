import { z } from "zod";

export const idSchema = z.string().cuid();
export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const phoneSchema = z.string().regex(/^\+[1-9]\d{7,14}$/);
export const passwordSchema = z.string().min(10).max(200);

export const staffRoleSchema = z.enum([
  "OWNER",
  "REGIONAL_MANAGER",
  "STUDIO_MANAGER",
  "FRONT_DESK",
  "INSTRUCTOR",
  "PERSONAL_TRAINER",
  "ACCOUNTANT",
  "MARKETING",
  "VIEWER",
]);

export type StaffRole = z.infer<typeof staffRoleSchema>;

export const MANAGERS: StaffRole[] = ["OWNER", "REGIONAL_MANAGER", "STUDIO_MANAGER"];
export const DESK: StaffRole[] = [...MANAGERS, "FRONT_DESK"];
export const COACHES: StaffRole[] = [...MANAGERS, "INSTRUCTOR", "PERSONAL_TRAINER"];
export const FINANCE: StaffRole[] = ["OWNER", "ACCOUNTANT"];
