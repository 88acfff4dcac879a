import { z } from "zod";

const cuid = z.string().cuid();

export const EventSchema = z.object({
  title: z.string().trim().min(3).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{3,60}$/)
    .optional(),
  description: z.string().max(5000).optional(),
  venue: z.string().max(200).optional(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date().optional(),
  capacity: z.coerce.number().int().min(1).max(100_000),
});

export const EventUpdateSchema = EventSchema.partial().extend({ id: cuid });

export const TicketTypeSchema = z.object({
  eventId: cuid,
  name: z.string().trim().min(1).max(80),
  priceCents: z.coerce.number().int().min(0).max(1_000_000),
  quantity: z.coerce.number().int().min(1).max(100_000),
});

export const TeamInviteSchema = z.object({
  organiserId: cuid,
  email: z.string().email().toLowerCase(),
  role: z.enum(["ADMIN", "STAFF"]),
});

export const RoleChangeSchema = z.object({
  membershipId: cuid,
  role: z.enum(["ADMIN", "STAFF"]),
});

// Team members edit how they appear on the rota. `role` was added for the owner's
// "edit member" drawer, which reuses this schema.
export const MemberProfileSchema = z.object({
  membershipId: cuid,
  displayName: z.string().trim().max(60).optional(),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{7,14}$/)
    .optional(),
  role: z.enum(["OWNER", "ADMIN", "STAFF"]).optional(),
});

export const PromoSchema = z.object({
  eventId: cuid,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4,20}$/),
  percentOff: z.coerce.number().int().min(1).max(100),
  maxUses: z.coerce.number().int().min(1).max(10_000),
});

export const CheckoutSchema = z.object({
  eventId: cuid,
  buyerEmail: z.string().email(),
  buyerName: z.string().trim().min(1).max(120),
  holdToken: z.string().min(10).max(64),
  items: z
    .array(z.object({ ticketTypeId: cuid, quantity: z.number().int().min(1).max(10) }))
    .min(1)
    .max(10),
  promoCode: z.string().max(20).optional(),
});

// Legacy group-booking widget (v1 embed) sends extra tracking fields; keep them.
export const GroupCheckoutSchema = z
  .object({
    eventId: cuid,
    buyerEmail: z.string().email(),
    buyerName: z.string().min(1),
    totalCents: z.number().int().min(0),
  })
  .passthrough();

export const PreferencesSchema = z
  .object({
    timezone: z.string().max(64).optional(),
    locale: z.enum(["en", "en-GB", "de", "fr", "es"]).optional(),
    marketingOptIn: z.coerce.boolean().optional(),
  })
  .passthrough();

export const AttendeeDetailsSchema = z
  .object({
    attendee_name: z.string().trim().min(1).max(120),
    dietary: z.string().max(200).optional(),
    accessibility_notes: z.string().max(500).optional(),
  })
  .strict();

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1),
    newPassword: z.string().min(10).max(200),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { message: "Passwords don't match", path: ["confirm"] });

export const ApiKeySchema = z.object({
  name: z.string().trim().min(1).max(50),
  scopes: z.array(z.enum(["events:read", "orders:read", "checkin:write"])).min(1),
});

export const CheckInSchema = z.object({
  eventId: cuid,
  qr: z.string().regex(/^[a-z0-9]{25}\.[A-Za-z0-9_-]{16,64}$/),
});

export type CheckoutInput = z.infer<typeof CheckoutSchema>;
