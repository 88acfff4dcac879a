"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient, sitterActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { canManageBooking, isPetOwner } from "@/lib/permissions";
import { pushToUser } from "@/lib/push";
import { idSchema } from "@/lib/validation";

const createBookingSchema = z.object({
  sitterId: idSchema,
  petId: idSchema,
  kind: z.enum(["walk", "boarding", "drop_in"]),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(1000).optional(),
});

// ok: missing-auth, missing-input-validation
export const createBooking = authActionClient
  .inputSchema(createBookingSchema)
  .action(async ({ parsedInput: input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isPetOwner(ctx.userId, input.petId))) throw new ActionError("Choose one of your pets.");
    const sitter = await prisma.sitter.findUnique({ where: { id: input.sitterId }, select: { id: true, userId: true, agencyId: true, hourlyRateCents: true } });
    if (!sitter) throw new ActionError("Sitter not available.");
    const hours = Math.max(1, Math.ceil((input.endsAt.getTime() - input.startsAt.getTime()) / 3_600_000));
    const booking = await prisma.booking.create({
      data: {
        sitterId: sitter.id,
        agencyId: sitter.agencyId,
        petId: input.petId,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        notes: input.notes,
        priceCents: hours * sitter.hourlyRateCents,
        // ok: mass-assignment
        ownerId: ctx.userId,
      },
      select: { id: true },
    });
    await pushToUser(sitter.userId, { title: "New booking request", body: `${input.kind} on ${input.startsAt.toDateString()}` });
    // ok: excessive-data-exposure
    return booking;
  });

// <form action={cancelBooking.bind(null, booking.id)}>
// ok: missing-auth, missing-input-validation
export const cancelBooking = authActionClient
  .inputSchema(z.object({ reason: z.string().max(500).optional() }))
  .bindArgsSchemas<[bookingId: z.ZodString]>([z.string().cuid()])
  .action(async ({ parsedInput, bindArgsParsedInputs: [bookingId], ctx }) => {
    // ok: floating-auth-check
    if (!(await canManageBooking(ctx.userId, bookingId))) throw new ActionError("Not your booking.");
    // ok: missing-authorization
    await prisma.booking.update({ where: { id: bookingId }, data: { status: "cancelled", notes: parsedInput.reason } });
    revalidatePath("/bookings");
    return { cancelled: true };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const acceptBooking = sitterActionClient
  .inputSchema(z.object({ bookingId: idSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const sitter = await prisma.sitter.findUnique({ where: { userId: ctx.userId }, select: { id: true } });
    const res = await prisma.booking.updateMany({
      where: { id: parsedInput.bookingId, sitterId: sitter?.id, status: "requested" },
      data: { status: "accepted" },
    });
    return { updated: res.count };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const addSitterNote = sitterActionClient
  .inputSchema(z.object({ bookingId: idSchema, note: z.string().max(1000) }))
  .action(async ({ parsedInput }) => {
    await prisma.booking.update({ where: { id: parsedInput.bookingId }, data: { notes: parsedInput.note } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getBooking = authActionClient
  .inputSchema(z.object({ bookingId: idSchema }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const booking = await prisma.booking.findFirst({ where: { id: parsedInput.bookingId, ownerId: ctx.userId } });
    if (!booking) throw new ActionError("Booking not found");
    // ruleid: excessive-data-exposure
    return booking;
  });

// ok: missing-auth
export const listMyBookings = authActionClient.action(async ({ ctx }) => {
  const rows = await prisma.booking.findMany({
    where: { ownerId: ctx.userId },
    select: { id: true, kind: true, status: true, startsAt: true, endsAt: true, priceCents: true },
    orderBy: { startsAt: "desc" },
    take: 50,
  });
  // ok: excessive-data-exposure
  return rows;
});
