import { z } from "zod";
import * as v from "valibot";
import * as yup from "yup";

export const idSchema = z.string().cuid();
export const uuidSchema = z.string().uuid();

export const workshopSchema = z.object({
  title: z.string().min(3).max(120),
  description: z.string().max(4000),
  priceCents: z.coerce.number().int().min(0),
  seats: z.coerce.number().int().min(1).max(40),
  startsAt: z.coerce.date(),
});

export const bookingSchema = v.object({
  equipmentId: v.pipe(v.string(), v.uuid()),
  startsAt: v.pipe(v.string(), v.isoTimestamp()),
  endsAt: v.pipe(v.string(), v.isoTimestamp()),
  notes: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const enquirySchema = yup.object({
  name: yup.string().required().max(120),
  email: yup.string().email().required(),
  message: yup.string().required().max(5000),
  studioId: yup.string().optional(),
});

export const emailSchema = z.string().email().toLowerCase();
