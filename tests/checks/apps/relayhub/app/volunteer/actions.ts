"use server";

import { z } from "zod";
import { and, eq, sql as dsql } from "drizzle-orm";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/drizzle";
import { shifts, shiftSignups, volunteerHours, volunteers } from "@/lib/db/schema";
import { validateRequest } from "@/lib/lucia";

async function requireVolunteer() {
  const { user } = await validateRequest();
  if (!user) redirect("/volunteer/sign-in");
  const [vol] = await db.select({ id: volunteers.id, charityId: volunteers.charityId, dbsStatus: volunteers.dbsStatus }).from(volunteers).where(eq(volunteers.userId, user.id));
  if (!vol) redirect("/volunteer/register");
  return { userId: user.id, volunteer: vol };
}

// ok: missing-auth, missing-input-validation
export async function signUpForShift(shiftId: string) {
  const { volunteer } = await requireVolunteer();
  const id = z.string().uuid().parse(shiftId);
  const [shift] = await db
    .select({ id: shifts.id, capacity: shifts.capacity, taken: dsql<number>`(select count(*) from shift_signups s where s.shift_id = ${shifts.id})` })
    .from(shifts)
    .where(and(eq(shifts.id, id), eq(shifts.charityId, volunteer.charityId)));
  if (!shift) return { error: "Shift not found" };
  if (shift.taken >= shift.capacity) return { error: "This shift is full." };
  // ok: mass-assignment
  await db.insert(shiftSignups).values({ shiftId: shift.id, volunteerId: volunteer.id });
  return { ok: true };
}

const HoursInput = z.object({ volunteerId: z.string().uuid(), hours: z.coerce.number().min(0.25).max(24), note: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation
export async function logVolunteerHours(_prev: unknown, formData: FormData) {
  const { volunteer } = await requireVolunteer();
  const input = HoursInput.parse(Object.fromEntries(formData));
  await db.insert(volunteerHours).values({
    // ruleid: missing-authorization
    volunteerId: input.volunteerId,
    charityId: volunteer.charityId,
    hours: String(input.hours),
    note: input.note,
    approved: false,
  });
  return { ok: true };
}

// ok: missing-auth
export async function myVolunteerProfile() {
  const { volunteer } = await requireVolunteer();
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, volunteer.id));
  // ok: excessive-data-exposure
  return row ? { id: row.id, fullName: row.fullName, email: row.email, dbsStatus: row.dbsStatus, trained: Boolean(row.safeguardingTrainedAt) } : null;
}

// ok: missing-auth, missing-input-validation
export async function updateEmergencyContact(contact: string) {
  const { volunteer } = await requireVolunteer();
  const value = z.string().min(3).max(200).parse(contact);
  // ok: missing-authorization
  await db.update(volunteers).set({ emergencyContact: value }).where(eq(volunteers.id, volunteer.id));
  return { ok: true };
}

// Training module posts its score back here.
// ok: missing-auth, missing-input-validation
export async function completeSafeguardingModule(score: number) {
  const { volunteer } = await requireVolunteer();
  if (typeof score !== "number" || score < 0 || score > 100) return { ok: false };
  if (score < 80) return { ok: false, message: "You need 80% to pass. Have another go." };
  await db.update(volunteers).set({ safeguardingTrainedAt: new Date() }).where(eq(volunteers.id, volunteer.id));
  return { ok: true };
}
