import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, bookings } from "@/lib/db";
import { requireMember, canManageBooking } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember();
  // ok: missing-authorization
  const [row] = await db.select().from(bookings).where(and(eq(bookings.id, id), eq(bookings.memberId, member.id)));
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember();
  const body = await req.json();
  // ruleid: mass-assignment, missing-authorization
  await db.update(bookings).set(body).where(eq(bookings.id, id));
  return NextResponse.json({ ok: true, by: member.id });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember();
  const bookingId = z.string().uuid().parse(id);
  if (!(await canManageBooking(member, bookingId))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  await db.delete(bookings).where(eq(bookings.id, bookingId));
  return new NextResponse(null, { status: 204 });
}
