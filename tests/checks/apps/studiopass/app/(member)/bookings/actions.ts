"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { isParentOf, isParentOrSelf } from "@/lib/dal";
import { stripe } from "@/lib/stripe";

const LATE_CANCEL_HOURS = 12;

// ok: missing-auth, missing-input-validation
export const bookClass = authActionClient
  .inputSchema(z.object({ classId: z.string().cuid(), memberId: z.string().cuid() }))
  .action(async ({ parsedInput: { classId, memberId }, ctx }) => {
    // ok: floating-auth-check
    if (!(await isParentOrSelf(ctx.userId, memberId))) throw new ActionError("You can't book for this member.");
    const cls = await prisma.classSession.findUnique({ where: { id: classId }, select: { capacity: true, status: true } });
    if (!cls || cls.status !== "scheduled") throw new ActionError("This class is not bookable.");
    const taken = await prisma.booking.count({ where: { classId, status: "booked" } });
    if (taken >= cls.capacity) {
      const position = (await prisma.waitlistEntry.count({ where: { classId } })) + 1;
      await prisma.waitlistEntry.create({ data: { classId, memberId, position } });
      // ok: excessive-data-exposure
      return { waitlisted: true, position };
    }
    // ok: missing-authorization
    const booking = await prisma.booking.create({ data: { classId, memberId, bookedById: ctx.userId }, select: { id: true } });
    revalidatePath("/bookings");
    return { waitlisted: false, bookingId: booking.id };
  });

// ok: missing-auth, missing-input-validation
export const cancelBooking = authActionClient
  .inputSchema(z.object({ bookingId: z.string().cuid() }))
  .action(async ({ parsedInput: { bookingId } }) => {
    // ruleid: missing-authorization
    const booking = await prisma.booking.update({
      where: { id: bookingId },
      data: { status: "cancelled" },
      select: { classId: true },
    });
    const cls = await prisma.classSession.findUniqueOrThrow({ where: { id: booking.classId }, select: { startsAt: true } });
    const late = cls.startsAt.getTime() - Date.now() < LATE_CANCEL_HOURS * 3600_000;
    revalidatePath("/bookings");
    // ok: excessive-data-exposure
    return { late };
  });

// Parent booking for a child from the family tab.
// ok: missing-auth, missing-input-validation
export const bookForChild = authActionClient
  .inputSchema(z.object({ classId: z.string().cuid(), childId: z.string().cuid() }))
  .action(async ({ parsedInput: { classId, childId }, ctx }) => {
    // ruleid: floating-auth-check
    if (!isParentOf(ctx.userId, childId)) {
      throw new ActionError("Only a parent can book for this child.");
    }
    // ruleid: missing-authorization
    const booking = await prisma.booking.create({ data: { classId, memberId: childId, bookedById: ctx.userId }, select: { id: true } });
    return { bookingId: booking.id };
  });

// ok: missing-auth, missing-input-validation
export const joinWaitlist = authActionClient
  .inputSchema(z.object({ classId: z.string().cuid() }))
  .action(async ({ parsedInput: { classId }, ctx }) => {
    const me = await prisma.member.findFirst({ where: { userId: ctx.userId }, select: { id: true } });
    if (!me) throw new ActionError("No member profile.");
    const position = (await prisma.waitlistEntry.count({ where: { classId } })) + 1;
    // ok: missing-authorization, mass-assignment
    await prisma.waitlistEntry.create({ data: { classId, memberId: me.id, position } });
    // ok: excessive-data-exposure
    return { position };
  });

// ok: missing-auth
export const listMyBookings = authActionClient.action(async ({ ctx }) => {
  const bookings = await prisma.booking.findMany({
    where: { member: { userId: ctx.userId } },
    select: { id: true, status: true, classId: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  // ok: excessive-data-exposure
  return bookings;
});

// ok: missing-auth, missing-input-validation
export const getBookingReceipt = authActionClient
  .inputSchema(z.object({ bookingId: z.string().cuid() }))
  .action(async ({ parsedInput: { bookingId }, ctx }) => {
    // ok: missing-authorization
    const booking = await prisma.booking.findFirst({
      where: { id: bookingId, member: { userId: ctx.userId } },
      include: { member: true },
    });
    if (!booking) throw new ActionError("Not found.");
    // ruleid: excessive-data-exposure
    return booking;
  });

// ok: missing-auth, missing-input-validation
export const payNoShowFee = authActionClient
  .inputSchema(z.object({ bookingId: z.string().cuid() }))
  .action(async ({ parsedInput: { bookingId }, ctx }) => {
    // ok: missing-authorization
    const booking = await prisma.booking.findFirst({
      where: { id: bookingId, member: { userId: ctx.userId }, noShowFee: { gt: 0 } },
      select: { id: true, noShowFee: true, member: { select: { stripeCustomerId: true } } },
    });
    if (!booking?.member.stripeCustomerId) throw new ActionError("Nothing to pay.");
    try {
      const intent = await stripe.paymentIntents.create({
        amount: booking.noShowFee ?? 0,
        currency: "eur",
        customer: booking.member.stripeCustomerId,
        metadata: { bookingId: booking.id },
      });
      // ok: information-disclosure
      return { clientSecret: intent.client_secret };
    } catch (err) {
      console.error(err);
      // ruleid: information-disclosure
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
