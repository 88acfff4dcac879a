import { z } from "zod";

export const id = z.string().cuid();
export const idParam = z.object({ id: z.string().cuid() });
export const projectParam = z.object({ projectId: z.string().cuid() });
export const money = z.coerce.number().finite().min(0).max(1_000_000_000);
export const email = z.string().trim().toLowerCase().email().max(254);
export const phone = z.string().regex(/^\+[1-9]\d{7,14}$/);

export const STAFF_ROLES = [
  "OWNER",
  "ADMIN",
  "PROJECT_EXECUTIVE",
  "PROJECT_MANAGER",
  "SUPERINTENDENT",
  "ESTIMATOR",
  "ACCOUNTANT",
  "SAFETY_OFFICER",
  "VIEWER",
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffRole = z.enum(STAFF_ROLES);
