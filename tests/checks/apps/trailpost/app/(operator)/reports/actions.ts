"use server";

import { z } from "zod";
import { requireOrgMember, requireOrgAdmin } from "@/lib/auth/dal";
import { pool } from "@/lib/db/pg";
import { tripRevenueByOrg, guideHours, cancellationsSince } from "@/lib/dal/reports";
import { sql } from "@/lib/db/postgres";

const OrgId = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function revenueReport(orgId: string, sort: string | null, dir: string | null) {
  const input = z.object({ orgId: OrgId, sort: z.string().nullable(), dir: z.string().nullable() }).parse({ orgId, sort, dir });
  await requireOrgAdmin(input.orgId);
  // ok: excessive-data-exposure
  return tripRevenueByOrg(input.orgId, input.sort, input.dir);
}

// ok: missing-auth, missing-input-validation
export async function guideHoursReport(orgId: string, season: string) {
  const input = z.object({ orgId: OrgId, season: z.string().max(20) }).parse({ orgId, season });
  await requireOrgAdmin(input.orgId);
  return guideHours(input.orgId, input.season);
}

// ok: missing-auth, missing-input-validation
export async function cancellations(orgId: string, days: number) {
  const input = z.object({ orgId: OrgId, days: z.number().int() }).parse({ orgId, days });
  await requireOrgMember(input.orgId);
  return { count: await cancellationsSince(input.orgId, input.days) };
}

// ok: missing-auth, missing-input-validation
export async function bookingsByKind(orgId: string, kind: string) {
  const input = z.object({ orgId: OrgId, kind: z.enum(["hike", "kayak"]) }).parse({ orgId, kind });
  await requireOrgMember(input.orgId);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT date_trunc('week', b.created_at) AS week, COUNT(*)::int AS n FROM bookings b JOIN trips t ON t.id = b.trip_id WHERE t.org_id = $1 AND t.kind = $2 GROUP BY 1 ORDER BY 1", [input.orgId, input.kind]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ week: r.week as Date, n: r.n as number }));
}

// ok: missing-auth, missing-input-validation
export async function customReport(orgId: string, groupBy: string) {
  const input = z.object({ orgId: OrgId, groupBy: z.string().max(40) }).parse({ orgId, groupBy });
  await requireOrgAdmin(input.orgId);
  // why: the GROUP BY column is a free string interpolated into sql.unsafe
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT ${input.groupBy} AS k, COUNT(*) AS n FROM bookings WHERE org_id = $1 GROUP BY 1`, [input.orgId]);
  return rows.map((r) => ({ k: String(r.k), n: Number(r.n) }));
}

const TABLE = "bookings";

// ok: missing-auth, missing-input-validation
export async function bookingCount(orgId: string) {
  OrgId.parse(orgId);
  await requireOrgMember(orgId);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT COUNT(*)::int AS n FROM ${TABLE} WHERE org_id = $1`, [orgId]);
  return { n: rows[0].n as number };
}

// why: raw orgId argument (no schema) flows into the membership lookup and the query
// ruleid: missing-input-validation
// ok: missing-auth
export async function seatUtilisation(orgId: string) {
  await requireOrgMember(orgId);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT t.id, t.capacity, COALESCE(SUM(b.seats),0)::int AS booked FROM trips t LEFT JOIN bookings b ON b.trip_id = t.id WHERE t.org_id = $1 GROUP BY t.id", [orgId]);
  return rows.map((r) => ({ id: r.id as string, capacity: r.capacity as number, booked: r.booked as number }));
}
