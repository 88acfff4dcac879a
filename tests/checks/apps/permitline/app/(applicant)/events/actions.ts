"use server";

import { z } from "zod";
import { Prisma } from "@prisma/client";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { canEditPermit, isStaffOf } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const eventSchema = z.object({
  permitId: z.string().cuid(),
  attendance: z.coerce.number().int().min(1).max(100000),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
});

// Special event permits: applicant or event staff of the municipality can update the plan.
// ok: missing-auth, missing-input-validation
export async function updateEventPlan(formData: FormData) {
  const { userId, sessionClaims } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const input = eventSchema.parse(Object.fromEntries(formData));
  const municipalityId = String(sessionClaims?.municipalityId ?? "");
  // ruleid: floating-auth-check
  if (!isStaffOf(userId, municipalityId, ["PERMIT_CLERK", "DEPARTMENT_HEAD"]) && !(await canEditPermit(userId, input.permitId))) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.permit.update({
    where: { id: input.permitId },
    data: { description: `Event ${input.startsAt.toISOString()} – ${input.endsAt.toISOString()}, attendance ${input.attendance}` },
  });
}

// ok: missing-auth, missing-input-validation
export async function closeStreetRequest(permitId: string, streets: string[]) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const input = z.object({ permitId: z.string().cuid(), streets: z.array(z.string().max(80)).max(10) }).parse({ permitId, streets });
  // ruleid: floating-auth-check
  const denied = !canEditPermit(userId, input.permitId);
  if (denied) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.$executeRawUnsafe(
    "UPDATE permits SET description = description || $1 WHERE id = $2",
    `\nStreet closures: ${input.streets.join("; ")}`,
    input.permitId,
  );
  logger.info("event.street_closure_requested", { permitId: input.permitId, userId });
}

// Staff calendar of events in a date window, optionally filtered by district.
// ok: missing-auth
// ruleid: missing-input-validation
export async function eventCalendar(from: string, district: string) {
  const { userId, sessionClaims } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const municipalityId = String(sessionClaims?.municipalityId ?? "");
  // ok: floating-auth-check
  const staff = await isStaffOf(userId, municipalityId, ["PERMIT_CLERK", "DEPARTMENT_HEAD", "VIEWER"]);
  if (!staff) return [];
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ number: string; address: string }[]>(
    `SELECT number, address FROM permits WHERE type = 'event' AND municipality_id = $1 AND created_at >= '${from}' AND address LIKE '%${district}%'`,
    municipalityId,
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function myEvents() {
  const { userId } = await auth();
  if (!userId) return [];
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ number: string; status: string }[]>(
    Prisma.sql`SELECT number, status FROM permits WHERE type = 'event' AND applicant_id = ${userId} ORDER BY created_at DESC`,
  );
  // ok: excessive-data-exposure
  return rows;
}
