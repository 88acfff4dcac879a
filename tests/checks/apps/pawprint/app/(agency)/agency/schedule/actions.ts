"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { hasAgencyRole } from "@/lib/permissions";
import { sql } from "@/lib/db/postgres";

const moveSchema = z.object({ agencyId: z.string().cuid(), bookingId: z.string().cuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function moveBooking(input: z.input<typeof moveSchema>) {
  // ruleid: floating-auth-check
  auth.protect();
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const data = moveSchema.parse(input);
  // ruleid: floating-auth-check
  if (!hasAgencyRole(userId, data.agencyId, ["owner", "admin", "scheduler"]) || data.endsAt <= data.startsAt) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.booking.updateMany({ where: { id: data.bookingId, agencyId: data.agencyId }, data: { startsAt: data.startsAt, endsAt: data.endsAt } });
}

// ok: missing-auth, missing-input-validation
export async function weekView(agencyId: string, weekStartIso: string) {
  const { userId } = await auth.protect();
  const input = z.object({ agencyId: z.string().cuid(), weekStart: z.string().datetime() }).parse({ agencyId, weekStart: weekStartIso });
  // ok: floating-auth-check
  if (!(await hasAgencyRole(userId, input.agencyId, ["owner", "admin", "scheduler", "support"]))) throw new Error("Forbidden");
  // ok: sql-injection
  const rows = await sql`SELECT id, kind, status, starts_at, ends_at, sitter_id FROM bookings WHERE agency_id = ${input.agencyId} AND starts_at >= ${input.weekStart}::timestamptz AND starts_at < ${input.weekStart}::timestamptz + interval '7 days'`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, kind: r.kind as string, status: r.status as string, startsAt: r.starts_at as Date, sitterId: r.sitter_id as string }));
}
