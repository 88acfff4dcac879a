import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { createBookingSchema } from "@/lib/validation/booking";
import { newId } from "@/lib/utils";

// ok: missing-auth
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const bookings = await db
    .selectFrom("bookings")
    .select(["id", "location_id", "desk_id", "room_id", "starts_at", "ends_at", "status", "paid"])
    .where("user_id", "=", session.user.id)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ bookings });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = createBookingSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid booking" }, { status: 400 });
  const id = newId();
  // ok: mass-assignment
  await db
    .insertInto("bookings")
    .values({
      id,
      user_id: session.user.id,
      location_id: parsed.data.locationId,
      desk_id: parsed.data.deskId ?? null,
      room_id: parsed.data.roomId ?? null,
      starts_at: parsed.data.startsAt,
      ends_at: parsed.data.endsAt,
      price_cents: 0,
    })
    .execute();
  return NextResponse.json({ id }, { status: 201 });
}
