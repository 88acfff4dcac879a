import { z } from "zod";

export const objectId = z.string().regex(/^[a-f0-9]{24}$/i, "Invalid id");
export const phone = z.string().regex(/^\+[1-9]\d{7,14}$/, "Use international format, e.g. +447700900123");

export const sendOtpSchema = z.object({ phone });
export const verifyOtpSchema = z.object({ phone, code: z.string().regex(/^\d{6}$/) });
export const staffLoginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

export const bookAppointmentSchema = z.object({
  clinicianId: objectId,
  startsAt: z.coerce.date(),
  reason: z.string().max(500).optional(),
});

export const rescheduleSchema = z.object({ appointmentId: objectId, startsAt: z.coerce.date() });

export const messageSchema = z.object({ body: z.string().min(1).max(4000) });
export const staffMessageSchema = z.object({ patientId: objectId, body: z.string().min(1).max(4000) });

export const profileSchema = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.string().email().optional(),
  address: z.string().max(300).optional(),
  smsOptIn: z.coerce.boolean().optional(),
});

export const visitNoteSchema = z.object({
  patientId: objectId,
  appointmentId: objectId.optional(),
  subjective: z.string().max(10000).optional(),
  objective: z.string().max(10000).optional(),
  assessment: z.string().max(10000).optional(),
  plan: z.string().max(10000).optional(),
});

export const labOrderSchema = z.object({
  patientId: objectId,
  tests: z.array(z.string().min(2).max(40)).min(1),
  priority: z.enum(["routine", "urgent"]).default("routine"),
});

export const prescriptionSchema = z.object({
  patientId: objectId,
  drug: z.string().min(2).max(120),
  dose: z.string().min(1).max(60),
  frequency: z.string().min(1).max(60),
  quantity: z.coerce.number().int().min(1).max(365),
  refills: z.coerce.number().int().min(0).max(5).default(0),
});

export const staffCreateSchema = z.object({
  name: z.string().min(1),
  email: z.string().email(),
  role: z.enum(["clinician", "receptionist", "admin"]),
  title: z.string().optional(),
});

/** Staff editing their own profile. */
export const staffSelfSchema = z.object({
  name: z.string().min(1).optional(),
  title: z.string().optional(),
  phone: z.string().optional(),
  role: z.string().optional(), // TODO: remove, used by the old settings page
});

export const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  topic: z.enum(["general", "billing", "records", "feedback"]).default("general"),
  message: z.string().min(10).max(5000),
});

export const symptomSchema = z.object({ description: z.string().min(5).max(2000), age: z.coerce.number().int().min(0).max(120).optional() });

export const labWebhookSchema = z.object({
  externalId: z.string(),
  orderId: objectId,
  panel: z.string(),
  values: z.array(z.object({ code: z.string(), label: z.string(), value: z.string(), unit: z.string(), flag: z.string().optional() })),
  comment: z.string().optional(),
});
