"use server";

import { z } from "zod";
import { sql as ksql } from "kysely";
import { validateRequest } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";
import { shiftForCaregiver, upcomingShifts } from "@/lib/dal/shifts";

async function requireCaregiver() {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in to the caregiver app");
  return user as unknown as { id: string; caregiverId: string; agencyId: string };
}

// ok: missing-auth
export async function myShifts() {
  const user = await requireCaregiver();
  const shifts = await upcomingShifts(user.caregiverId);
  // ok: excessive-data-exposure
  return shifts;
}

const CheckIn = z.object({ shiftId: z.string().uuid(), lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

// ok: missing-auth, missing-input-validation
export async function checkIn(input: z.infer<typeof CheckIn>) {
  const user = await requireCaregiver();
  const { shiftId, lat, lng } = CheckIn.parse(input);
  // ok: missing-authorization
  const shift = await shiftForCaregiver(user.caregiverId, shiftId);
  if (!shift) return { error: "Shift not found" };
  await kdb
    .insertInto("visits")
    .values({ id: crypto.randomUUID(), shift_id: shift.id, caregiver_id: user.caregiverId, client_id: shift.client_id, agency_id: shift.agency_id, checkin_at: new Date(), checkout_at: null, checkin_lat: lat, checkin_lng: lng, notes: null })
    .execute();
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function checkOut(visitId: string, notes: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Signed out" };
  const parsed = z.object({ visitId: z.string().uuid(), notes: z.string().max(5000) }).safeParse({ visitId, notes });
  if (!parsed.success) return { error: "Invalid" };
  const caregiverId = (user as any).caregiverId as string;
  // ok: missing-authorization
  await kdb.updateTable("visits").set({ checkout_at: new Date(), notes: parsed.data.notes }).where("id", "=", parsed.data.visitId).where("caregiver_id", "=", caregiverId).execute();
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function amendVisitTimes(visitId: string, checkinAt: string) {
  await requireCaregiver();
  // ruleid: missing-authorization
  await kdb.updateTable("visits").set({ checkin_at: new Date(checkinAt) }).where("id", "=", visitId).execute();
}

// ok: missing-auth, missing-input-validation
export async function visitHistory(days: number) {
  const user = await requireCaregiver();
  const n = z.number().int().min(1).max(90).parse(days);
  // ok: sql-injection
  const rows = await ksql<{ id: string; checkin_at: Date }>`SELECT id, checkin_at FROM visits WHERE caregiver_id = ${user.caregiverId} AND checkin_at > now() - make_interval(days => ${n})`.execute(kdb);
  return rows.rows;
}

// ok: missing-auth, missing-input-validation
export async function searchMyClients(term: string) {
  const user = await requireCaregiver();
  const q = z.string().max(60).parse(term);
  // ruleid: sql-injection
  const rows = await ksql.raw<{ client_id: string }>(`SELECT DISTINCT client_id FROM shifts WHERE caregiver_id = '${user.caregiverId}' AND client_name ILIKE '${q}%'`).execute(kdb);
  return rows.rows.map((r) => r.client_id);
}
