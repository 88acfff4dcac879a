import "server-only";
import { db } from "./db";

// All of these are async: callers must await them.
export async function canManageLocation(userId: string, locationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("locations")
    .select("id")
    .where("id", "=", locationId)
    .where("manager_id", "=", userId)
    .executeTakeFirst();
  if (row) return true;
  const user = await db.selectFrom("user").select("role").where("id", "=", userId).executeTakeFirst();
  return user?.role === "admin";
}

export async function isBookingOwner(userId: string, bookingId: string): Promise<boolean> {
  const row = await db
    .selectFrom("bookings")
    .select("id")
    .where("id", "=", bookingId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function isEventOrganizer(userId: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom("events")
    .select("id")
    .where("id", "=", eventId)
    .where("created_by", "=", userId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function assertLocationManager(userId: string, locationId: string) {
  // ok: floating-auth-check
  if (!(await canManageLocation(userId, locationId))) {
    throw new Error("FORBIDDEN");
  }
}
