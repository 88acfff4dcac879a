import { z } from "zod";

export const Id = z.string().uuid();
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const Phone = z.string().regex(/^\+[1-9]\d{6,14}$/, "Use international format, e.g. +447700900123");

export const BerthCreateSchema = z.object({
  marinaId: Id,
  code: z.string().trim().min(1).max(12),
  lengthM: z.coerce.number().positive().max(120),
  beamM: z.coerce.number().positive().max(40),
  draftM: z.coerce.number().positive().max(15),
  dailyRateCents: z.coerce.number().int().min(0).max(10_000_00),
});

export const BerthUpdateSchema = BerthCreateSchema.omit({ marinaId: true }).partial().extend({ berthId: Id });

export const BerthNotesSchema = z.object({ berthId: Id, internalNotes: z.string().max(4000) });

// Bulk import from the spreadsheet template; extra columns are kept so the importer can map them later.
export const BerthImportRowSchema = z
  .object({ code: z.string().min(1), lengthM: z.coerce.number(), beamM: z.coerce.number(), draftM: z.coerce.number() })
  .passthrough();

export const BookingCreateSchema = z.object({
  berthId: Id,
  boatId: Id.optional(),
  ownerId: Id.optional(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  guestName: z.string().max(120).optional(),
  guestEmail: z.string().email().optional(),
});

export const BookingStatusSchema = z.object({
  bookingId: Id,
  status: z.enum(["pending", "confirmed", "cancelled", "completed"]),
});

export const PublicBookingSchema = z.object({
  marinaSlug: z.string().regex(/^[a-z0-9-]{2,64}$/),
  berthId: Id,
  startsOn: IsoDate,
  endsOn: IsoDate,
  guestName: z.string().trim().min(2).max(120),
  guestEmail: z.string().email(),
  guestPhone: Phone.optional(),
  boatName: z.string().max(80).optional(),
  boatLengthM: z.coerce.number().positive().max(120),
});

export const BoatSchema = z.object({
  name: z.string().trim().min(1).max(80),
  registration: z.string().max(40).optional(),
  lengthM: z.coerce.number().positive().max(120),
  insurancePolicyNo: z.string().max(60).optional(),
  insuranceExpiry: IsoDate.optional(),
});

export const TicketSchema = z.object({
  berthId: Id.optional(),
  title: z.string().trim().min(3).max(140),
  description: z.string().max(8000).optional(),
  priority: z.enum(["low", "normal", "high", "urgent"]).default("normal"),
});

export const TicketUpdateSchema = z.object({
  ticketId: Id,
  status: z.enum(["open", "in_progress", "waiting_parts", "done"]).optional(),
  assigneeId: Id.nullable().optional(),
  costCents: z.number().int().min(0).optional(),
});

// Self-service profile form in Settings → Profile.
// `permissions` is here because the same schema backs the admin "edit member" drawer.
export const MemberProfileSchema = z.object({
  name: z.string().trim().max(80),
  email: z.string().email(),
  permissions: z.array(z.string()).optional(),
});

export const InviteCrewSchema = z.object({
  name: z.string().trim().min(1).max(80),
  phone: Phone,
  marinaId: Id,
});

export const WebhookEndpointSchema = z.object({
  url: z
    .string()
    .url()
    .refine((u) => u.startsWith("https://"), "Webhook URLs must use HTTPS"),
  events: z.array(z.enum(["booking.created", "booking.cancelled", "invoice.paid", "ticket.closed"])).min(1),
});

export const ApiKeyCreateSchema = z.object({
  name: z.string().trim().min(1).max(60),
  scopes: z.array(z.enum(["berths:read", "bookings:read", "bookings:write", "invoices:read"])).min(1),
});

export const ContactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().email(),
  marina: z.string().max(120).optional(),
  message: z.string().trim().min(10).max(5000),
});

export const ReportQuerySchema = z.object({
  from: IsoDate,
  to: IsoDate,
  sort: z.enum(["revenue", "occupancy", "code"]).default("code"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
