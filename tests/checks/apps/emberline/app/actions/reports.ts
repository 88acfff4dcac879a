"use server";

import { z } from "zod";
import { requirePermission, requirePractice } from "@/lib/auth/clerk";
import { sql, orderColumn } from "@/lib/db/postgres";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

// ok: missing-auth, missing-input-validation
export async function noShowReport(from: string, to: string) {
  const ctx = await requirePermission("org:reports:read");
  const range = z.object({ from: z.string().date(), to: z.string().date() }).parse({ from, to });
  // ok: sql-injection
  const rows = await sql`select provider_id, count(*)::int as no_shows from appointments
    where practice_id = ${ctx.practiceId} and status = 'no_show' and starts_at between ${range.from} and ${range.to}
    group by provider_id`;
  return rows.map((r) => ({ providerId: r.provider_id, noShows: r.no_shows }));
}

// ok: missing-auth, missing-input-validation
export async function patientList(sortKey: string) {
  const ctx = await requirePractice();
  if (typeof sortKey !== "string") throw new Error("Invalid sort");
  const column = orderColumn(sortKey);
  // ok: sql-injection
  const rows = await sql.unsafe(`select id, first_name, last_name from patients where practice_id = $1 order by ${column} limit 200`, [ctx.practiceId]);
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}` }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function patientListByColumn(column: string, direction: string) {
  const ctx = await requirePractice();
  // ruleid: sql-injection
  const rows = await sql.unsafe("select id, first_name, last_name from patients where practice_id = $1 order by " + column + " " + direction, [ctx.practiceId]);
  return rows.map((r) => ({ id: r.id }));
}

// ok: missing-auth, missing-input-validation
export async function planTotalsByDentist(dentistId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().min(1).max(40) }).parse({ id: dentistId });
  // ok: sql-injection
  const rows: { total: number }[] = await prisma.$queryRaw`SELECT sum("totalCents")::int AS total FROM "TreatmentPlan" WHERE "practiceId" = ${ctx.practiceId} AND "dentistId" = ${id}`;
  return { total: rows[0]?.total ?? 0 };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function planTotalsByStatus(status: string) {
  const ctx = await requirePractice();
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ total: number }[]>(`SELECT sum("totalCents")::int AS total FROM "TreatmentPlan" WHERE "practiceId" = '${ctx.practiceId}' AND status = '${status}'`);
  return { total: rows[0]?.total ?? 0 };
}

// ok: missing-auth, missing-input-validation
export async function planTotalsByStatusSafe(status: string) {
  const ctx = await requirePractice();
  const s = z.enum(["draft", "approved", "archived"]).parse(status);
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ total: number }[]>('SELECT sum("totalCents")::int AS total FROM "TreatmentPlan" WHERE "practiceId" = $1 AND status = $2', ctx.practiceId, s);
  return { total: rows[0]?.total ?? 0 };
}

// ok: missing-auth, missing-input-validation
export async function providerUtilisation(providerIds: string[]) {
  const ctx = await requirePractice();
  const ids = z.array(z.string().cuid()).max(50).parse(providerIds);
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ provider: string; n: number }[]>(Prisma.sql`SELECT "providerId" AS provider, count(*)::int AS n FROM "Appointment" WHERE "practiceId" = ${ctx.practiceId} AND "providerId" IN (${Prisma.join(ids)}) GROUP BY 1`);
  return rows;
}
