import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { and, eq, gte } from "drizzle-orm";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/drizzle";
import { reservations } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";

// Kiosk tenants (Clerk): today's bookings for the tasting room.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { userId } = await clerkAuth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const wineryId = z.string().cuid().parse(req.nextUrl.searchParams.get("wineryId"));
  const staff = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const rows = await db.select({ id: reservations.id, guestName: reservations.guestName, partySize: reservations.partySize, status: reservations.status })
    .from(reservations)
    // ok: missing-authorization
    .where(and(eq(reservations.wineryId, wineryId), gte(reservations.createdAt, new Date(Date.now() - 86400_000))));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest) {
  const { userId } = await clerkAuth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse(req.nextUrl.searchParams.get("id"));
  // ruleid: missing-authorization
  await db.delete(reservations).where(eq(reservations.id, id));
  return NextResponse.json({ deleted: true });
}
