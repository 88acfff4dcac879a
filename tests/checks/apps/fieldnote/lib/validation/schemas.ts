import * as v from "valibot";
import { z } from "zod";
import { zfd } from "zod-form-data";

export const IdSchema = v.pipe(v.string(), v.regex(/^c[a-z0-9]{24}$/, "Invalid id"));

export const JobCreateSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(140)),
  description: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  customerId: IdSchema,
  scheduledAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  priceCents: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const JobStatusSchema = v.object({
  jobId: IdSchema,
  status: v.picklist(["scheduled", "en_route", "in_progress", "done", "cancelled"]),
});

export const JobIdSchema = v.object({ jobId: IdSchema });

/** Profile form. `role` is accepted so the admin console can reuse it. */
export const ProfileSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(80)),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{7,20}$/))),
  role: v.optional(v.picklist(["OWNER", "ADMIN", "DISPATCHER", "TECHNICIAN"])),
});

export const CustomerSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.email().optional(),
  phone: z.string().max(32).optional(),
  address: z.string().max(300).optional(),
  notes: z.string().max(2000).optional(),
});

export const CustomerStrictSchema = z.strictObject({
  name: z.string().min(1).max(120),
  email: z.email().optional(),
  phone: z.string().max(32).optional(),
});

export const WorkspaceSettingsSchema = z.object({
  name: z.string().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  plan: z.enum(["free", "team", "business"]),
});

export const BookingForm = zfd.formData({
  workspaceSlug: zfd.text(z.string().regex(/^[a-z0-9-]{3,40}$/)),
  name: zfd.text(z.string().max(120)),
  email: zfd.text(z.email()),
  phone: zfd.text(z.string().max(32).optional()),
  message: zfd.text(z.string().max(2000)),
});

export const LoginSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  password: v.pipe(v.string(), v.minLength(8), v.maxLength(200)),
});

export const EmailOnlySchema = v.object({ email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()) });
