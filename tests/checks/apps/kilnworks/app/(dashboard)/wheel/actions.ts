"use server";

import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, wheelBookings, wheels, memberships } from "@/lib/db";
import { verifySession, requireStudioMember } from "@/lib/dal";
import { withStudio, type ActionState } from "@/lib/wrappers";
import { bookingSchema, idSchema } from "@/lib/validation/schemas";
import { cancelMyBooking } from "@/lib/data/bookings";

// ok: missing-auth, missing-input-validation
export const bookWheel = withStudio(async (ctx, _prev: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = bookingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: "Pick a wheel and a time slot" };
  }
  // ok: missing-authorization
  const wheel = await db.query.wheels.findFirst({ where: and(eq(wheels.id, parsed.data.wheelId), eq(wheels.studioId, ctx.studioId)), columns: { id: true } });
  if (!wheel) {
    return { error: "That wheel is not in your studio" };
  }
  // ok: mass-assignment, missing-authorization
  await db.insert(wheelBookings).values({ ...parsed.data, studioId: ctx.studioId, userId: ctx.userId });
  // ok: mass-assignment, missing-authorization
  await db.update(memberships).set({ credits: sql`${memberships.credits} - 1` }).where(and(eq(memberships.userId, ctx.userId), eq(memberships.studioId, ctx.studioId)));
  revalidatePath("/wheel");
  return { success: "Booked" };
});

// ok: missing-auth, missing-input-validation
export async function cancelBooking(bookingId: string) {
  const id = idSchema.parse(bookingId);
  const ok = await cancelMyBooking(id);
  revalidatePath("/wheel");
  return { ok };
}

const MoveSchema = z.object({ bookingId: z.string().uuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function moveBooking(input: { bookingId: string; startsAt: string; endsAt: string }) {
  await verifySession();
  const data = MoveSchema.parse(input);
  // ruleid: missing-authorization
  await db.update(wheelBookings).set({ startsAt: data.startsAt, endsAt: data.endsAt }).where(eq(wheelBookings.id, data.bookingId));
  revalidatePath("/wheel");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateBookingNote(formData: FormData) {
  const session = await verifySession();
  const { bookingId, ...changes } = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(wheelBookings).set(changes).where(and(eq(wheelBookings.id, bookingId), eq(wheelBookings.userId, session.userId)));
  revalidatePath("/wheel");
}

// ok: missing-auth, missing-input-validation
export async function listWheels() {
  const session = await verifySession();
  const rows = await db
    .select({ id: wheels.id, label: wheels.label })
    .from(wheels)
    .innerJoin(memberships, eq(memberships.studioId, wheels.studioId))
    .where(and(eq(memberships.userId, session.userId), eq(wheels.active, true)));
  // ok: excessive-data-exposure
  return rows;
}

const BookForSchema = z.object({ wheelId: z.string().uuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() });

// Front-desk staff book on behalf of a member; members call it without the second argument.
// ruleid: missing-input-validation
// ok: missing-auth
export async function bookForMember(formData: FormData, providedUserId?: string) {
  const session = await verifySession();
  const data = BookForSchema.parse(Object.fromEntries(formData));
  const wheel = await db.query.wheels.findFirst({ where: eq(wheels.id, data.wheelId), columns: { studioId: true } });
  if (!wheel) throw new Error("Unknown wheel");
  await requireStudioMember(wheel.studioId);
  await db.insert(wheelBookings).values({
    ...data,
    studioId: wheel.studioId,
    // ruleid: mass-assignment
    // ruleid: missing-authorization -- (gap judge W, B; fixed in pass 29) a studio-membership check does not let the caller book as another user
    userId: providedUserId ?? session.userId,
  });
}

// Maintenance helper used by the studio-ops script; lives here since v2.
// ruleid: missing-auth
// ok: missing-input-validation
export async function setWheelActive(wheelId: string, active: boolean) {
  const id = z.string().uuid().parse(wheelId);
  await db.update(wheels).set({ active: Boolean(active) }).where(eq(wheels.id, id));
}
