import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { requireOwnerId } from "@/lib/auth/owner";
import { db, owners, boats, bookings } from "@/lib/db";

// GDPR export for boat owners.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET() {
  const ownerId = await requireOwnerId();
  const profile = await db.query.owners.findFirst({ where: eq(owners.id, ownerId), columns: { email: true, fullName: true, phone: true, smsOptIn: true } });
  const myBoats = await db.select({ name: boats.name, lengthM: boats.lengthM, registration: boats.registration }).from(boats).where(eq(boats.ownerId, ownerId));
  const myBookings = await db.select({ startsOn: bookings.startsOn, endsOn: bookings.endsOn, totalCents: bookings.totalCents }).from(bookings).where(eq(bookings.ownerId, ownerId));
  // ok: excessive-data-exposure
  return NextResponse.json({ profile, boats: myBoats, bookings: myBookings });
}
