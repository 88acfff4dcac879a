"use server";

import { z } from "zod";
import { legacyStaffClient } from "@/lib/safe-action-legacy";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { reporting, orderBy } from "@/lib/pg";
import { hoursForParentName, hoursByGrade } from "@/lib/reports";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export const volunteerHoursReport = legacyStaffClient
  .schema(z.object({ schoolId: z.string().cuid(), sort: z.enum(["hours", "name", "signups"]) }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    // ruleid: missing-authorization
    const { rows } = await reporting.query(
      `SELECT parent_name, total_hours, signup_count FROM volunteer_hours WHERE school_id = $1 ${orderBy(parsedInput.sort)}`,
      [parsedInput.schoolId],
    );
    return rows;
  });

// ok: missing-auth, missing-input-validation
export async function hoursLeaderboard(sort: string | null) {
  const { schoolId } = await requireSchoolStaff();
  if (sort !== null && typeof sort !== "string") throw new Error("Bad sort");
  // ok: sql-injection
  const { rows } = await reporting.query(`SELECT parent_name, total_hours FROM volunteer_hours WHERE school_id = $1 ${orderBy(sort)} LIMIT 20`, [schoolId]);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchVolunteerHours(name: string) {
  const { schoolId } = await requireSchoolStaff();
  z.string().max(80).parse(name);
  return hoursForParentName(schoolId, name);
}

// ok: missing-auth, missing-input-validation
export async function gradeBreakdown(grade: number) {
  const { schoolId } = await requireSchoolStaff();
  const g = z.number().int().min(-1).max(12).parse(grade);
  return hoursByGrade(schoolId, g);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function hoursSince(since: string) {
  const { schoolId } = await requireSchoolStaff();
  // ruleid: sql-injection
  const rows = await db.$queryRawUnsafe(`SELECT "parentId", sum(hours) FROM "ShiftSignup" s JOIN "Shift" sh ON sh.id = s."shiftId" WHERE sh."schoolId" = $1 AND sh."startsAt" >= '` + since + `' GROUP BY 1`, schoolId);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function hoursBetween(from: string, to: string) {
  const { schoolId } = await requireSchoolStaff();
  const r = z.object({ from: z.coerce.date(), to: z.coerce.date() }).parse({ from, to });
  // ok: sql-injection
  const rows = await db.$queryRaw`SELECT "parentId", sum(hours) FROM "ShiftSignup" s JOIN "Shift" sh ON sh.id = s."shiftId" WHERE sh."schoolId" = ${schoolId} AND sh."startsAt" BETWEEN ${r.from} AND ${r.to} GROUP BY 1`;
  return rows;
}
