import { and, eq } from "drizzle-orm";
import { db, boats, bookings, maintenanceRequests } from "@/lib/db";

export async function ownsBoat(ownerId: string, boatId: string): Promise<boolean> {
  const row = await db.query.boats.findFirst({ where: and(eq(boats.id, boatId), eq(boats.ownerId, ownerId)), columns: { id: true } });
  return !!row;
}

export async function ownsBooking(ownerId: string, bookingId: string): Promise<boolean> {
  const row = await db.query.bookings.findFirst({ where: and(eq(bookings.id, bookingId), eq(bookings.ownerId, ownerId)), columns: { id: true } });
  return !!row;
}

export async function requestInMarina(orgId: string, requestId: string): Promise<boolean> {
  const row = await db.query.maintenanceRequests.findFirst({
    where: and(eq(maintenanceRequests.id, requestId), eq(maintenanceRequests.organizationId, orgId)),
    columns: { id: true },
  });
  return !!row;
}
