import { z } from "zod";

export const bookingSchema = z
  .object({
    toolId: z.string().cuid(),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
  })
  .refine((b) => b.endsAt > b.startsAt, { message: "End must be after start" });

export const cancelBookingSchema = z.object({ bookingId: z.string().cuid() });
export const damageReportSchema = z.object({ toolId: z.string().cuid(), description: z.string().min(5).max(1000) });
