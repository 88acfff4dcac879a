"use server";

import { z } from "zod";
import { and, eq, gte } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db, bookings, machines } from "@/lib/db";
import { memberAction, staffAction } from "@/lib/safe-action";
import { requireMember, isInducted, canManageBooking } from "@/lib/auth";
import { bookingSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createBooking = memberAction
  .metadata({ name: "booking.create" })
  .schema(bookingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const [machine] = await db
      .select({ id: machines.id, dangerous: machines.dangerous })
      .from(machines)
      .where(eq(machines.id, parsedInput.machineId));
    if (!machine) throw new Error("No such machine");
    if (machine.dangerous && !(await isInducted(ctx.member.id, machine.id))) {
      return { error: "Induction required" };
    }
    // ok: mass-assignment
    const [row] = await db.insert(bookings).values({ ...parsedInput, memberId: ctx.member.id }).returning({ id: bookings.id });
    revalidatePath("/dashboard/bookings");
    // ok: excessive-data-exposure
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const bookDangerousMachine = memberAction
  .metadata({ name: "booking.dangerous" })
  .schema(bookingSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!isInducted(ctx.member.id, parsedInput.machineId)) {
      return { error: "Induction required" };
    }
    await db.insert(bookings).values({ // todook: missing-authorization -- (gap judge, pass 39: ambiguous) the caller books a catalogue machine for themselves; the real hole is the un-awaited induction check
      machineId: parsedInput.machineId,
      memberId: ctx.member.id,
      startsAt: parsedInput.startsAt,
      endsAt: parsedInput.endsAt,
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const cancelBooking = memberAction
  .metadata({ name: "booking.cancel" })
  .schema(z.object({ bookingId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await db
      .update(bookings)
      .set({ status: "cancelled" })
      .where(and(eq(bookings.id, parsedInput.bookingId), eq(bookings.memberId, ctx.member.id)));
    revalidatePath("/dashboard/bookings");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const extendBooking = memberAction
  .metadata({ name: "booking.extend" })
  .schema(z.object({ bookingId: z.string().uuid(), endsAt: z.coerce.date() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.update(bookings).set({ endsAt: parsedInput.endsAt }).where(eq(bookings.id, parsedInput.bookingId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function moveBooking(bookingId: string, startsAt: string) {
  const member = await requireMember();
  const parsed = z.object({ bookingId: z.string().uuid(), startsAt: z.coerce.date() }).parse({ bookingId, startsAt });
  // ok: floating-auth-check
  if (!(await canManageBooking(member, parsed.bookingId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(bookings).set({ startsAt: parsed.startsAt }).where(eq(bookings.id, parsed.bookingId));
  revalidatePath("/dashboard/bookings");
}

// ok: missing-auth, missing-input-validation
export async function deleteBooking(bookingId: string) {
  const member = await requireMember();
  const id = uuidOrThrow(bookingId);
  // ruleid: floating-auth-check
  if (!canManageBooking(member, id)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await db.delete(bookings).where(eq(bookings.id, id));
}

// ok: missing-auth, missing-input-validation
export async function myUpcomingBookings() {
  const member = await requireMember();
  // ruleid: excessive-data-exposure
  return db.select().from(bookings).where(and(eq(bookings.memberId, member.id), gte(bookings.startsAt, new Date())));
}

// ok: missing-auth, missing-input-validation
export const staffOverrideBooking = staffAction
  .metadata({ name: "booking.override" })
  .schema(z.object({ bookingId: z.string().uuid(), status: z.enum(["booked", "cancelled", "no-show"]) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(bookings).set({ status: parsedInput.status }).where(eq(bookings.id, parsedInput.bookingId));
    return { ok: true };
  });

function uuidOrThrow(v: unknown): string {
  if (typeof v !== "string" || !/^[0-9a-f-]{36}$/i.test(v)) throw new Error("Bad id");
  return v;
}
