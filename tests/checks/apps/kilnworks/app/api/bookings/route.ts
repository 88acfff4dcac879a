import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, wheelBookings, wheels, memberships } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { listMyBookings } from "@/lib/data/bookings";
import { bookingSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await listMyBookings();
  // ok: excessive-data-exposure
  return NextResponse.json({ bookings: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = bookingSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid booking" }, { status: 422 });
  const [wheel] = await db
    .select({ id: wheels.id, studioId: wheels.studioId })
    .from(wheels)
    .innerJoin(memberships, eq(memberships.studioId, wheels.studioId))
    .where(and(eq(wheels.id, parsed.data.wheelId), eq(memberships.userId, session.userId)));
  if (!wheel) return NextResponse.json({ error: "not your studio" }, { status: 403 });
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(wheelBookings).values({ ...parsed.data, studioId: wheel.studioId, userId: session.userId }).returning({ id: wheelBookings.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}
