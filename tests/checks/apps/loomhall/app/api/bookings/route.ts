import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings, equipment } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { bookingSchema } from "@/lib/validation";
import { overlaps } from "@/lib/data/bookings";

// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  const rows = await db
    .select({ id: bookings.id, equipmentId: bookings.equipmentId, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status })
    .from(bookings)
    .where(eq(bookings.memberId, userId));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await verifySession();
  const parsed = v.safeParse(bookingSchema, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid booking" }, { status: 400 });
  const data = parsed.output;
  const [item] = await db.select({ studioId: equipment.studioId }).from(equipment).where(eq(equipment.id, data.equipmentId));
  if (!item) return NextResponse.json({ error: "Unknown equipment" }, { status: 404 });
  const startsAt = new Date(data.startsAt);
  const endsAt = new Date(data.endsAt);
  if (await overlaps(data.equipmentId, startsAt, endsAt)) return NextResponse.json({ error: "Slot taken" }, { status: 409 });
  const id = crypto.randomUUID();
  // ok: mass-assignment // todook: missing-authorization
  await db.insert(bookings).values({ id, equipmentId: data.equipmentId, studioId: item.studioId, memberId: userId, startsAt, endsAt, notes: data.notes });
  return NextResponse.json({ id }, { status: 201 });
}
