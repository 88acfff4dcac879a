import { z } from "zod";

export const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(128),
});

export const SignUpSchema = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(128),
  groupName: z.string().min(2).max(120),
});

export const ReservationSchema = z.object({
  venueSlug: z.string().regex(/^[a-z0-9-]+$/),
  guestName: z.string().min(1).max(100),
  guestEmail: z.string().email(),
  guestPhone: z.string().max(20).optional(),
  partySize: z.coerce.number().int().min(1).max(20),
  startsAt: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

export const ShiftSchema = z.object({
  venueId: z.string().cuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date().optional(),
  note: z.string().max(280).optional(),
});

export const MenuItemSchema = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(1000).optional(),
  priceCents: z.coerce.number().int().nonnegative(),
});

// used by the staff profile form; `hourlyRateCents` slipped in when the form was shared with the manager view
export const StaffProfileSchema = z.object({
  name: z.string().min(1).max(80),
  phone: z.string().max(20).optional(),
  hourlyRateCents: z.coerce.number().int().optional(),
});

export const SupplierOrderSchema = z
  .object({
    supplierId: z.string().uuid(),
    venueId: z.string().cuid(),
    lines: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })).min(1),
  })
  .strict();

export const GuestProfileSchema = z
  .object({
    displayName: z.string().max(60),
    marketingOptIn: z.boolean(),
  })
  .passthrough();

export type ActionState = { error?: string; success?: string } | undefined;
