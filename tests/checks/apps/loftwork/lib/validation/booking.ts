import { z } from "zod";

export const createBookingSchema = z
  .object({
    locationId: z.string().uuid(),
    deskId: z.string().uuid().optional(),
    roomId: z.string().uuid().optional(),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    notes: z.string().max(500).optional(),
  })
  .refine((v) => v.endsAt > v.startsAt, { message: "End must be after start" })
  .refine((v) => Boolean(v.deskId) !== Boolean(v.roomId), { message: "Pick a desk or a room" });

export const bookingIdSchema = z.object({ bookingId: z.string().uuid() });

export const rescheduleSchema = z.object({
  bookingId: z.string().uuid(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
});

// Admin-only editor: includes status and paid on purpose.
export const adminBookingPatchSchema = z.object({
  status: z.enum(["pending", "confirmed", "cancelled", "closed_unpaid"]).optional(),
  paid: z.boolean().optional(),
  notes: z.string().max(500).optional(),
});
