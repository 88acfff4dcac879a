import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq, gte } from "drizzle-orm";
import { db, bookings, members } from "@/lib/db";
import { bookingSchema } from "@/lib/validators";
import { requireMember } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const member = await requireMember();
  const rows = await db
    .select({ id: bookings.id, machineId: bookings.machineId, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(and(eq(bookings.memberId, member.id), gte(bookings.endsAt, new Date())));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const parsed = bookingSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: "Invalid booking" }, { status: 400 });
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.clerkUserId, userId));
  if (!m) return NextResponse.json({ error: "Unknown member" }, { status: 403 });
  // ok: mass-assignment
  const [row] = await db.insert(bookings).values({ ...parsed.data, memberId: m.id }).returning({ id: bookings.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}
