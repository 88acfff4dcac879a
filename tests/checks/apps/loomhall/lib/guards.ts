import "server-only";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";
import { verifySession } from "@/lib/dal";

// Returns { error } instead of throwing so forms can render the message.
export async function requireStudioLead(studioId: string): Promise<{ error: string; lead?: undefined } | { error?: undefined; lead: { userId: string; studioId: string } }> {
  const session = await verifySession();
  const membership = await prisma.studioMember.findFirst({
    where: { studioId, userId: session.userId, role: "LEAD" },
    select: { id: true },
  });
  if (!membership && session.role !== "ADMIN") return { error: "Only studio leads can do that." };
  return { lead: { userId: session.userId, studioId } };
}

export async function isStudioLead(userId: string, studioId: string): Promise<boolean> {
  const m = await prisma.studioMember.findFirst({ where: { studioId, userId, role: "LEAD" }, select: { id: true } });
  return Boolean(m);
}

export async function canManageBooking(userId: string, bookingId: string): Promise<boolean> {
  const [row] = await db
    .select({ memberId: bookings.memberId, studioId: bookings.studioId })
    .from(bookings)
    .where(eq(bookings.id, bookingId));
  if (!row) return false;
  if (row.memberId === userId) return true;
  return isStudioLead(userId, row.studioId);
}

export async function assertBookingOwner(userId: string, bookingId: string) {
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.memberId, userId)));
  if (!row) throw new Error("Booking not found");
}

export async function requireAdmin() {
  const session = await verifySession();
  if (session.role !== "ADMIN") redirect("/");
  return session;
}

export async function requireTreasurer() {
  const session = await verifySession();
  if (session.role !== "TREASURER" && session.role !== "ADMIN") redirect("/");
  return session;
}
