import { kdb } from "@/lib/db/kysely";

/** Shifts for one caregiver; always scoped by caregiver id from the session. */
export async function upcomingShifts(caregiverId: string) {
  return kdb
    .selectFrom("shifts")
    .select(["id", "client_id", "starts_at", "ends_at", "status"])
    .where("caregiver_id", "=", caregiverId)
    .where("starts_at", ">=", new Date())
    .orderBy("starts_at")
    .execute();
}

export async function shiftForCaregiver(caregiverId: string, shiftId: string) {
  return kdb
    .selectFrom("shifts")
    .select(["id", "client_id", "agency_id", "status"])
    .where("id", "=", shiftId)
    .where("caregiver_id", "=", caregiverId)
    .executeTakeFirst();
}
