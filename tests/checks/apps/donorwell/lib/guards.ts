import "server-only";
import { db } from "@/lib/db/kysely";

// Async ownership / role checks. Callers must await them.
export async function donorBelongsToCentre(donorId: string, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom("donors")
    .select("id")
    .where("id", "=", donorId)
    .where("centreId", "=", centreId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function ownsAppointment(appointmentId: string, donorId: string): Promise<boolean> {
  const row = await db
    .selectFrom("appointments")
    .select("id")
    .where("id", "=", appointmentId)
    .where("donorId", "=", donorId)
    .executeTakeFirst();
  return !!row;
}

export async function isCentreManager(userId: string, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom("member" as never)
    .select("role" as never)
    .where("userId" as never, "=", userId as never)
    .where("organizationId" as never, "=", centreId as never)
    .executeTakeFirst();
  return (row as { role?: string } | undefined)?.role === "manager";
}

// Returns an error value instead of throwing.
export async function assertDonationInCentre(donationId: string, centreId: string) {
  const row = await db
    .selectFrom("donations")
    .select("id")
    .where("id", "=", donationId)
    .where("centreId", "=", centreId)
    .executeTakeFirst();
  if (!row) return { error: "not-found" as const };
  return { ok: true as const };
}
