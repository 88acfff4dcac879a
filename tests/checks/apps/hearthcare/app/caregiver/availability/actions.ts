"use server";

import * as v from "valibot";
import { validateRequest } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";

const Slot = v.object({ weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)), startMinute: v.pipe(v.number(), v.minValue(0), v.maxValue(1439)), endMinute: v.pipe(v.number(), v.minValue(1), v.maxValue(1440)) });

// ok: missing-auth, missing-input-validation
export async function addAvailability(slot: unknown) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Signed out");
  const s = v.parse(Slot, slot);
  const caregiverId = (user as any).caregiverId as string;
  // ok: mass-assignment, missing-authorization
  await kdb.insertInto("availability").values({ caregiver_id: caregiverId, weekday: s.weekday, start_minute: s.startMinute, end_minute: s.endMinute }).execute();
}

// ok: missing-auth, missing-input-validation
export async function removeAvailability(slotId: number) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Signed out");
  const id = v.parse(v.pipe(v.number(), v.integer()), slotId);
  // ruleid: missing-authorization
  await kdb.deleteFrom("availability").where("id", "=", id).execute();
}

// Bulk replace from the weekly grid; rows are spread straight from the client payload.
// ok: missing-auth
// ruleid: missing-input-validation
export async function replaceAvailability(rows: Array<Record<string, unknown>>) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Signed out");
  const caregiverId = (user as any).caregiverId as string;
  await kdb.deleteFrom("availability").where("caregiver_id", "=", caregiverId).execute();
  // ruleid: mass-assignment
  await kdb.insertInto("availability").values(rows.map((r) => ({ ...(r as any), caregiver_id: caregiverId }))).execute();
}
