import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlite } from "@/lib/db/sqlite";

const METRICS = new Set(["views", "clicks", "checkouts"]);

export async function topEventsByMetric(metric: string, days: number) {
  const safeMetric = METRICS.has(metric) ? metric : "views";
  const n = Math.min(Math.max(Math.trunc(Number(days)) || 7, 1), 90);
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ event_id: string; total: number }[]>(
    `SELECT event_id, sum(${safeMetric})::int AS total FROM event_stats WHERE day > now() - interval '${n} days' GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
  );
}

export async function eventStats(eventId: string, metric: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ day: Date; value: number }[]>(
    `SELECT day, ${metric} AS value FROM event_stats WHERE event_id = $1 ORDER BY day`,
    eventId,
  );
}

export async function bumpCounter(eventId: string, column: string) {
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe("UPDATE event_stats SET " + column + " = " + column + " + 1 WHERE event_id = $1 AND day = current_date", eventId);
}

export async function statsSince(eventId: string, since: Date) {
  // ok: sql-injection
  return prisma.$queryRaw<{ day: Date; views: number }[]>(Prisma.sql`SELECT day, views FROM event_stats WHERE event_id = ${eventId} AND day >= ${since}`);
}

export function cachedScansForGate(eventId: string, gate: string) {
  // ruleid: sql-injection
  return sqlite.prepare(`SELECT ticket_id, scanned_at FROM scan_cache WHERE event_id = ? AND gate = '${gate}'`).all(eventId);
}

export function cachedScanCount(eventId: string) {
  // ok: sql-injection
  return sqlite.prepare("SELECT count(*) AS n FROM scan_cache WHERE event_id = ?").get(eventId) as { n: number };
}
