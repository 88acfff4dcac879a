"use server";

import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { db } from "@/lib/db/drizzle";
import { staff, timesheets } from "@/lib/db/schema";
import { and, eq, isNull } from "drizzle-orm";
import { kioskMenu } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function kioskClockOut(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Kiosk session expired");
  const { timesheetId } = z.object({ timesheetId: z.string().uuid() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db
    .update(timesheets)
    .set({ clockOut: new Date() })
    .where(and(eq(timesheets.id, timesheetId), eq(timesheets.venueId, user.venueId), isNull(timesheets.clockOut)));
}

// ok: missing-auth, missing-input-validation
export async function kioskStaffList() {
  const { user } = await validateRequest();
  if (!user) return [];
  // ok: excessive-data-exposure
  return db.select({ id: staff.id, name: staff.displayName }).from(staff).where(and(eq(staff.venueId, user.venueId), eq(staff.active, true)));
}

// ok: missing-auth, missing-input-validation
export async function kioskStaffDump() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await db.select().from(staff).where(eq(staff.venueId, user.venueId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function kioskSetDisplayName(staffId: string, displayName: string) {
  const { user } = await validateRequest();
  const input = z.object({ staffId: z.string().uuid(), displayName: z.string().min(1).max(40) }).parse({ staffId, displayName });
  await db.update(staff).set({ displayName: input.displayName }).where(and(eq(staff.id, input.staffId), eq(staff.venueId, user?.venueId ?? "")));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function kioskMenuByCategory(category: string) {
  const { user } = await validateRequest();
  if (!user) return [];
  return kioskMenu(user.venueId, category);
}
