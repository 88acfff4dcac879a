"use server";

import * as v from "valibot";
import { requireStaff } from "@/lib/dal";
import { withStaff } from "@/lib/with-staff";
import { pool, clampLimit } from "@/lib/db/pg";
import { attendanceForYear, pupilsByIds, pupilsByIdsSafe } from "@/lib/reports";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function yearAttendance(yearGroup: number, limit?: number) {
  await requireStaff(["office", "admin"]);
  const yg = v.parse(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(13)), yearGroup);
  const rows = await attendanceForYear(yg, limit);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export const comparePupils = withStaff(async ({ profile }, ids: string[]) => {
  if (profile.role === "teacher") throw new Error("Office only");
  const safe = v.parse(v.pipe(v.array(uuid), v.maxLength(30)), ids);
  // ok: excessive-data-exposure
  return pupilsByIdsSafe(safe);
});

// ok: missing-auth, missing-input-validation
export const comparePupilsLegacy = withStaff(async ({ profile }, ids: string[]) => {
  if (profile.role === "teacher") throw new Error("Office only");
  const safe = v.parse(v.array(v.string()), ids);
  // ok: excessive-data-exposure
  return pupilsByIds(safe);
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function lateArrivals(classId: string, limit: string) {
  await requireStaff(["office", "admin"]);
  const n = clampLimit(limit);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.first_name, p.last_name, t.date FROM attendance t JOIN pupils p ON p.id = t.pupil_id
      WHERE t.mark = 'L' AND p.class_id = $1 ORDER BY t.date DESC LIMIT ${n}`,
    [classId],
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchGuardiansByName(q: string) {
  await requireStaff(["office", "admin"]);
  const term = v.parse(v.pipe(v.string(), v.maxLength(60)), q);
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT g.id, pr.full_name FROM guardians g JOIN profiles pr ON pr.id = g.user_id WHERE pr.full_name ILIKE '%${term}%' LIMIT 20`);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchGuardiansByNameSafe(q: string) {
  await requireStaff(["office", "admin"]);
  const term = v.parse(v.pipe(v.string(), v.maxLength(60)), q);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT g.id, pr.full_name FROM guardians g JOIN profiles pr ON pr.id = g.user_id WHERE pr.full_name ILIKE '%' || $1 || '%' LIMIT 20", [term]);
  // ok: excessive-data-exposure
  return rows;
}
