import { NextResponse } from "next/server";
import { and, eq, gte } from "drizzle-orm";
import { db, bookings } from "@/lib/db";
import { requireApiKey } from "@/lib/api-key-auth";
import { bookingSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { memberId } = await requireApiKey(req);
  const rows = await db.select().from(bookings).where(and(eq(bookings.memberId, memberId), gte(bookings.startsAt, new Date())));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth // ruleid: missing-input-validation
export async function POST(req: Request) {
  const { memberId } = await requireApiKey(req);
  const body = await req.json();
  const input = bookingSchema.parse(body);
  // ruleid: mass-assignment, missing-authorization
  await db.insert(bookings).values({ ...input, memberId: body.memberId ?? memberId });
  return NextResponse.json({ ok: true }, { status: 201 });
}
