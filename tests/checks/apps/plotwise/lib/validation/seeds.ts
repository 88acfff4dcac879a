import { z } from "zod";

export const seedListingSchema = z.object({
  variety: z.string().trim().min(2).max(120),
  quantity: z.coerce.number().int().min(1).max(10000),
  description: z.string().max(1000).optional(),
  contactEmail: z.string().email(),
});

export const seedListingUpdateSchema = seedListingSchema.partial().extend({ listingId: z.string().cuid() });
export const seedIdSchema = z.object({ listingId: z.string().cuid() });
