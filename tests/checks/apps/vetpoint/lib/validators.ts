import * as v from "valibot";
import * as yup from "yup";
import { z } from "zod";

export const BookingSchema = v.object({
  petId: v.pipe(v.string(), v.minLength(1)),
  clinicId: v.pipe(v.string(), v.minLength(1)),
  startsAt: v.pipe(v.string(), v.isoTimestamp()),
  reason: v.pipe(v.string(), v.maxLength(500)),
});

export const PetSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  species: v.picklist(["dog", "cat", "rabbit", "bird", "reptile", "other"]),
  breed: v.optional(v.pipe(v.string(), v.maxLength(80))),
  microchip: v.optional(v.pipe(v.string(), v.regex(/^\d{15}$/))),
});

export const ContactSchema = yup.object({
  name: yup.string().required().max(100),
  email: yup.string().email().required(),
  clinicId: yup.string().optional(),
  message: yup.string().required().max(4000),
});

export const OwnerSignupSchema = yup.object({
  name: yup.string().required().max(100),
  email: yup.string().email().required(),
  password: yup.string().min(10).required(),
});

export const NoteSchema = z.object({ petId: z.string().cuid(), body: z.string().min(1).max(20000), internal: z.boolean().default(false) });

export const PrescriptionSchema = z.object({
  petId: z.string().cuid(),
  drug: z.string().min(2).max(120),
  dose: z.string().min(1).max(120),
  controlled: z.boolean(),
});

export const StaffUpdateSchema = z.object({
  name: z.string().max(100).optional(),
  rcvsNumber: z.string().max(20).optional(),
  role: z.enum(["vet", "nurse", "receptionist", "practice_manager"]).optional(),
});
