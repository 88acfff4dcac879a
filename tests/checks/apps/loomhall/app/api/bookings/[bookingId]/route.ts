import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";

type Ctx = { params: Promise<{ bookingId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = z.string().uuid().parse((await params).bookingId);
  // ok: missing-authorization
  const [row] = await db.select().from(bookings).where(and(eq(bookings.id, id), eq(bookings.memberId, userId)));
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { bookingId } = await params;
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(bookings).set(body).where(and(eq(bookings.id, bookingId), eq(bookings.memberId, userId)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  await verifySession();
  const id = z.string().uuid().parse((await params).bookingId);
  // ruleid: missing-authorization
  await db.delete(bookings).where(eq(bookings.id, id));
  return new NextResponse(null, { status: 204 });
}
