import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq, lte, gte } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { getKioskSession } from "@/lib/session";

// Kiosk "start my slot" button. The kiosk session is set by pages/api/kiosk/login.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getKioskSession();
  if (!session.memberId || !session.equipmentId) return NextResponse.json({ error: "Tap in first" }, { status: 401 });
  const { bookingId } = z.object({ bookingId: z.string().uuid() }).parse(await req.json());
  const now = new Date();
  // ok: missing-authorization
  const res = await db.update(bookings).set({ status: "in_use" }).where(and(eq(bookings.id, bookingId), eq(bookings.memberId, session.memberId), eq(bookings.equipmentId, session.equipmentId), lte(bookings.startsAt, now), gte(bookings.endsAt, now))).returning({ id: bookings.id });
  return NextResponse.json({ started: res.length === 1 });
}

// ok: missing-auth
export async function DELETE() {
  const session = await getKioskSession();
  session.destroy();
  return NextResponse.json({ ok: true });
}
