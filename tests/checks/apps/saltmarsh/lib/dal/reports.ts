import "server-only";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { sql } from "@/lib/db/sql";
import { telemetry } from "@/lib/db/sqlite";

const GROUPS = { room: "benches.room", day: "bench_bookings.day", status: "bench_bookings.status" } as const;

export async function benchUsage(tenantId: string, group: keyof typeof GROUPS) {
  const col = GROUPS[group];
  // ok: sql-injection
  return ksql`select ${ksql.raw(col)} as k, count(*) as n from bench_bookings join benches on benches.id = bench_bookings.bench_id where bench_bookings.tenant_id = ${tenantId} group by 1`.execute(kdb);
}

export async function benchUsageByRoom(tenantId: string, room: string) {
  // ruleid: sql-injection
  return ksql`select day, count(*) as n from bench_bookings join benches on benches.id = bench_id where bench_bookings.tenant_id = ${tenantId} and ${ksql.raw(`benches.room = '${room}'`)} group by day`.execute(kdb);
}

export async function vesselDaysForYear(year: number) {
  const y = Number(year) | 0;
  // ok: sql-injection
  return sql.unsafe(`select vessel_id, count(*) as days from bookings where extract(year from day) = ${y} group by vessel_id`);
}

export async function grantSpend(tenantId: string, orderBy: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select code, title, balance_cents from grants where tenant_id = $1 order by ${orderBy}`, [tenantId]);
}

export function readingsSince(instrument: string, sinceIso: string) {
  // ok: sql-injection
  return telemetry.prepare("select value, at from readings where instrument = ? and at >= ?").all(instrument, sinceIso);
}

export function purgeInstrument(instrument: string) {
  // ruleid: sql-injection
  return telemetry.exec("delete from readings where instrument = '" + instrument + "'");
}
