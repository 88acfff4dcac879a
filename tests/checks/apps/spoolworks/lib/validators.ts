import { z } from "zod";
import * as v from "valibot";
import * as yup from "yup";

export const MATERIALS = ["PLA", "PETG", "ABS", "ASA", "TPU", "RESIN", "NYLON"] as const;

export const modelSchema = z.object({
  title: z.string().min(3).max(120),
  description: z.string().max(5000).default(""),
  license: z.enum(["CC-BY", "CC-BY-SA", "CC-BY-NC", "ALL-RIGHTS"]),
  tags: z.array(z.string().max(32)).max(12).default([]),
  isPublic: z.boolean().default(false),
});

export const orderSchema = z.object({
  shopId: z.string().uuid(),
  modelId: z.string().uuid(),
  material: z.enum(MATERIALS),
  quantity: z.coerce.number().int().min(1).max(500),
  shippingAddress: z.string().min(10).max(500),
  notes: z.string().max(1000).optional(),
});

export const printerSchema = z.object({
  shopId: z.string().uuid(),
  name: z.string().min(1).max(64),
  model: z.string().min(1).max(64),
  nozzleMm: z.number().min(0.1).max(1.2),
});

// valibot (support console was written with it)
export const TicketSchema = v.object({
  subject: v.pipe(v.string(), v.minLength(4), v.maxLength(140)),
  body: v.pipe(v.string(), v.minLength(10), v.maxLength(10000)),
});

// yup (legacy signup form)
export const signupSchema = yup.object({
  email: yup.string().email().required(),
  password: yup.string().min(10).required(),
  displayName: yup.string().min(2).max(60).required(),
});
