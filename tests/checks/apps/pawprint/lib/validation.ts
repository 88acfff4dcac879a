import { z } from "zod";

export const idSchema = z.string().min(10).max(40).regex(/^[a-z0-9]+$/i);

/** Validates an id coming from the client and returns it; throws on bad input. */
export function parseId(value: unknown): string {
  return idSchema.parse(value);
}

export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const phoneSchema = z.string().regex(/^\+[1-9]\d{7,14}$/);
export const passwordSchema = z.string().min(10).max(128);
