import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

export const PUBLIC_BERTH_FIELDS = {
  id: true,
  code: true,
  pontoon: true,
  lengthM: true,
  beamM: true,
  draftM: true,
  status: true,
  dailyRateCents: true,
} satisfies Prisma.BerthSelect;

export async function listBerthsForMarina(marinaId: string) {
  return prisma.berth.findMany({ where: { marinaId }, select: PUBLIC_BERTH_FIELDS, orderBy: { code: "asc" } });
}

const SORTABLE = { code: "code", length: "length_m", rate: "daily_rate_cents" } as const;
export type BerthSort = keyof typeof SORTABLE;

/** Availability search for a boat of the given size. Column comes from a fixed map. */
export async function searchFreeBerths(marinaId: string, minLength: number, sort: BerthSort) {
  const column = SORTABLE[sort] ?? "code";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, code, pontoon, length_m, daily_rate_cents FROM berths
      WHERE marina_id = $1 AND status = 'free' AND length_m >= $2 ORDER BY ${column} ASC`,
    [marinaId, minLength],
  );
  return rows as { id: string; code: string; pontoon: string; length_m: number; daily_rate_cents: number }[];
}

/** Free-text pontoon filter used by the dock board. */
export async function berthsOnPontoon(marinaId: string, pontoon: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, code, status FROM berths WHERE marina_id = $1 AND pontoon = '${pontoon}'`, [marinaId]);
  return rows as { id: string; code: string; status: string }[];
}

export async function occupancyByNight(marinaId: string, from: Date, to: Date) {
  // ok: sql-injection
  return prisma.$queryRaw<{ night: Date; occupied: number }[]>`
    SELECT d::date AS night, count(b.id)::int AS occupied
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') d
      LEFT JOIN "Booking" b ON b."marinaId" = ${marinaId} AND d BETWEEN b."startsAt" AND b."endsAt"
     GROUP BY 1 ORDER BY 1`;
}
