"use server";

import * as v from "valibot";
import { requireStaff } from "@/lib/dal";
import { withOffice } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { pool, orderBy } from "@/lib/db/pg";
import { toCsv } from "@/lib/attendance-csv";
import { auditLog } from "@/lib/audit";
import { absenceSummary, persistentAbsentees } from "@/lib/reports";

const ExportSchema = v.object({
  yearGroup: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(13)),
  from: v.pipe(v.string(), v.isoDate()),
  to: v.pipe(v.string(), v.isoDate()),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function exportAttendanceCsv(raw: unknown) {
  const { user } = await requireStaff(["admin"]);
  const input = v.parse(ExportSchema, raw);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.upn, p.last_name, p.first_name, t.date, t.mark
       FROM attendance t JOIN pupils p ON p.id = t.pupil_id JOIN classes c ON c.id = p.class_id
      WHERE c.year_group = $1 AND t.date BETWEEN $2 AND $3 ORDER BY p.last_name, t.date`,
    [input.yearGroup, input.from, input.to],
  );
  await auditLog({ actorId: user.id, action: "export.attendance", meta: input });
  // ok: excessive-data-exposure
  return toCsv(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function exportClassRegister(classId: string, month: string) {
  await requireStaff(["admin", "office"]);
  // ruleid: sql-injection
  const { rows } = await pool.query(
    "SELECT p.last_name, p.first_name, t.date, t.mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id WHERE p.class_id = '" +
      classId +
      "' AND to_char(t.date, 'YYYY-MM') = '" +
      month +
      "'",
  );
  return toCsv(rows);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const exportAbsenceSummary = withOffice(async (_staff, classId: string, sort: string) => {
  const input = v.parse(v.object({ classId: v.pipe(v.string(), v.uuid()), sort: v.picklist(["name", "class", "absences"]) }), { classId, sort });
  const rows = await absenceSummary(input.classId, "2025-09-01", "2026-07-31", input.sort);
  // ok: excessive-data-exposure
  return toCsv(rows);
});

// ok: missing-auth, missing-input-validation
export const persistentAbsenceReport = withOffice(async (_staff, threshold: number) => {
  const n = v.parse(v.pipe(v.number(), v.integer(), v.minValue(1)), threshold);
  // the helper still builds its SQL with interpolation (flagged in lib/reports.ts)
  const rows = await persistentAbsentees(String(n), "2025-09-01");
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}`, absences: Number(r.n) }));
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function exportSortedRoll(yearGroup: number, sort: string) {
  const { user } = await requireStaff(["admin"]);
  const yg = v.parse(v.pipe(v.number(), v.integer()), yearGroup);
  const s = v.parse(v.string(), sort);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.last_name, p.first_name, c.name FROM pupils p JOIN classes c ON c.id = p.class_id WHERE c.year_group = $1 ORDER BY ${orderBy(s)}`,
    [yg],
  );
  await auditLog({ actorId: user.id, action: "export.roll" });
  return toCsv(rows);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function exportGuardianContacts() {
  const { user } = await requireStaff(["admin"]);
  const { data } = await supabaseAdmin.from("guardians").select("relationship, profile:profiles!guardians_user_id_fkey(full_name, email, phone)");
  await auditLog({ actorId: user.id, action: "export.guardian_contacts" });
  // ok: excessive-data-exposure
  return toCsv((data ?? []).map((g) => ({ relationship: g.relationship, ...(g.profile as object) })));
}

// ok: missing-auth, missing-input-validation
export async function exportAllPupils() {
  await requireStaff(["admin"]);
  const { rows } = await pool.query("SELECT * FROM pupils ORDER BY last_name");
  // ruleid: excessive-data-exposure
  return rows;
}
