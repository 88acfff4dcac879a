import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings, memberships, samples } from "@/lib/db/schema";

export async function canManageBooking(userId: string, bookingId: string): Promise<boolean> {
  const [b] = await db.select({ userId: bookings.userId }).from(bookings).where(eq(bookings.id, bookingId));
  return !!b && b.userId === userId;
}

export async function isTenantAdmin(userId: string, tenantId: string): Promise<boolean> {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
  return m?.role === "owner" || m?.role === "admin";
}

// Returns an error value instead of throwing; callers must check it.
export async function checkSampleAccess(userId: string, sampleId: string): Promise<{ error?: string; tenantId?: string }> {
  const [s] = await db.select({ tenantId: samples.tenantId }).from(samples).where(eq(samples.id, sampleId));
  if (!s) return { error: "Sample not found" };
  const [m] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, s.tenantId)));
  if (!m) return { error: "No access" };
  return { tenantId: s.tenantId };
}
