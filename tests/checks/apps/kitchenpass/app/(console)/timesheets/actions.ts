"use server";

import { and, eq, desc } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { staff, timesheets } from "@/lib/db/schema";
import { verifySession, assertVenueAccess } from "@/lib/server";
import { timesheetsSorted } from "@/lib/reports";

const SubmitSchema = z
  .object({
    staffId: z.string().uuid(),
    clockIn: z.coerce.date(),
    clockOut: z.coerce.date(),
  })
  .strict();

// ok: missing-auth, missing-input-validation
export async function submitTimesheet(input: unknown) {
  const { userId } = await verifySession();
  const parsed = SubmitSchema.parse(input);
  const minutes = Math.round((parsed.clockOut.getTime() - parsed.clockIn.getTime()) / 60_000);
  // ok: missing-authorization
  const [me] = await db.select({ id: staff.id, venueId: staff.venueId }).from(staff).where(and(eq(staff.id, parsed.staffId), eq(staff.userId, userId)));
  if (!me) throw new Error("Unknown staff profile");
  await db.insert(timesheets).values({
    // ok: mass-assignment
    ...parsed,
    venueId: me.venueId,
    userId,
    minutes,
  });
}

// "quick fix" endpoint used by the payroll spreadsheet import
// ok: missing-auth
// ruleid: missing-input-validation
export async function correctTimesheet(id: string, patch: { clockOut?: string; payCents?: number; minutes?: number }) {
  const { userId } = await verifySession();
  await db
    .update(timesheets)
    // ruleid: mass-assignment
    .set({ ...patch, clockOut: patch.clockOut ? new Date(patch.clockOut) : undefined })
    .where(and(eq(timesheets.id, id), eq(timesheets.userId, userId)));
}

// ok: missing-auth, missing-input-validation
export async function listMyTimesheets() {
  const { userId } = await verifySession();
  const rows = await db.select().from(timesheets).where(eq(timesheets.userId, userId)).orderBy(desc(timesheets.clockIn)).limit(50);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listMyTimesheetSummaries() {
  const { userId } = await verifySession();
  const rows = await db
    .select({ id: timesheets.id, clockIn: timesheets.clockIn, clockOut: timesheets.clockOut, minutes: timesheets.minutes })
    .from(timesheets)
    .where(eq(timesheets.userId, userId))
    .limit(50);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function venueTimesheets(venueId: string, sort: string) {
  const session = await verifySession();
  const q = z.object({ venueId: z.string().min(1), sort: z.enum(["date", "minutes", "pay"]) }).parse({ venueId, sort });
  await assertVenueAccess(session.userId, q.venueId);
  // ok: missing-authorization
  const rows = await timesheetsSorted(q.venueId, q.sort, "desc");
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, staffId: r.staff_id, minutes: r.minutes }));
}

// ok: missing-auth, missing-input-validation
export async function staffRatesForVenue(venueId: string) {
  const session = await verifySession();
  const id = z.string().min(1).parse(venueId);
  // ruleid: missing-authorization
  const rows = await db.select({ name: staff.displayName, rate: staff.hourlyRateCents }).from(staff).where(eq(staff.venueId, id));
  // ok: excessive-data-exposure
  return { requestedBy: session.userId, rows };
}
