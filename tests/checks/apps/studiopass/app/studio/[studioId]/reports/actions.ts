"use server";

import { z } from "zod";
import { sql as vsql } from "@vercel/postgres";
import { pool } from "@/lib/pg";
import { sql } from "@/lib/postgres";
import { requireStaff } from "@/lib/dal";
import { searchMembers, membersByTag } from "@/lib/sql-helpers";
import { FINANCE, MANAGERS } from "@/lib/validation";

const GROUP_COLUMNS: Record<string, string> = {
  day: "date_trunc('day', c.created_at)",
  week: "date_trunc('week', c.created_at)",
  location: "c.location_id",
  method: "c.method",
};

const rangeSchema = z.object({ from: z.coerce.date(), to: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function attendanceReport(studioId: string, range: unknown, groupBy: string) {
  const staff = await requireStaff(studioId, MANAGERS);
  const { from, to } = rangeSchema.parse(range);
  const column = GROUP_COLUMNS[groupBy];
  if (!column) throw new Error("Unsupported grouping");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT ${column} AS bucket, count(*)::int AS visits FROM check_ins c WHERE c.studio_id = $1 AND c.created_at BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1`, [staff.studioId, from, to]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ bucket: String(r.bucket), visits: Number(r.visits) }));
}

// Finance wanted free-form filters ("plan = 'premium'") in the revenue screen.
// ruleid: missing-input-validation
// ok: missing-auth
export async function revenueReport(studioId: string, filter: string) {
  const staff = await requireStaff(studioId, FINANCE);
  const where = filter ? `AND ${filter}` : "";
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select plan, sum(price_cents)::int as revenue from "Membership" m join "Member" mm on mm.id = m."memberId" where mm."studioId" = '${staff.studioId}' ${where} group by plan`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ plan: String(r.plan), revenue: Number(r.revenue) }));
}

// ok: missing-auth, missing-input-validation
export async function payrollReport(studioId: string, month: string) {
  const staff = await requireStaff(studioId, FINANCE);
  const m = z.string().regex(/^\d{4}-\d{2}$/).parse(month);
  // ok: sql-injection
  const rows = await sql`select t.id, u.name, sum(p."amountCents")::int as total from "TrainerPayout" p join "TrainerProfile" t on t.id = p."trainerId" join "StaffMember" s on s.id = t."staffId" join "User" u on u.id = s."userId" where p."studioId" = ${staff.studioId} and to_char(p."createdAt", 'YYYY-MM') = ${m} group by t.id, u.name`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ trainerId: String(r.id), name: String(r.name), totalCents: Number(r.total) }));
}

// ok: missing-auth
export async function memberListReport(studioId: string) {
  const staff = await requireStaff(studioId, MANAGERS);
  const { rows } = await pool.query("SELECT * FROM members WHERE studio_id = $1 ORDER BY last_name", [staff.studioId]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function memberSearch(studioId: string, q: string, sort: string | null, dir: string | null) {
  const staff = await requireStaff(studioId, [...MANAGERS, "FRONT_DESK"]);
  const term = z.string().max(60).parse(q);
  const rows = await searchMembers(staff.studioId, term, sort, dir);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}`, visits: r.visit_count }));
}

// ok: missing-auth, missing-input-validation
export async function segmentByTag(studioId: string, tag: string) {
  const staff = await requireStaff(studioId, ["OWNER", "MARKETING"]);
  const value = z.string().min(1).max(40).parse(tag);
  const rows = await membersByTag(staff.studioId, value);
  return { count: rows.length };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function noShowReport(studioId: string, minNoShows: string) {
  const staff = await requireStaff(studioId, MANAGERS);
  // ruleid: sql-injection
  const { rows } = await vsql.query(`SELECT "memberId", count(*)::int AS n FROM "Booking" b JOIN "ClassSession" c ON c.id = b."classId" WHERE c."studioId" = $1 AND b.status = 'no_show' GROUP BY 1 HAVING count(*) >= ${minNoShows}`, [staff.studioId]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ memberId: String(r.memberId), noShows: Number(r.n) }));
}
