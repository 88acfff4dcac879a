"use server";

import { z } from "zod";
import { sql as vsql } from "@vercel/postgres";
import { verifySession } from "@/lib/dal";
import { hoursByEmployee, hoursByDepartment, labourCostByLocation, overtimeForWeek } from "@/lib/reports-sql";
import { pgPool } from "@/lib/pg";
import { sql } from "@/lib/postgres";

const REPORT_ROLES = ["owner", "admin", "payroll", "location_manager"];

// ok: missing-auth, missing-input-validation
export async function hoursReport(from: string, to: string, sort: string, dir: string) {
  const s = await verifySession();
  if (!REPORT_ROLES.includes(s.role)) throw new Error("Forbidden");
  const p = z.object({ from: z.string().date(), to: z.string().date(), sort: z.enum(["name", "hours", "overtime"]), dir: z.enum(["asc", "desc"]) }).parse({ from, to, sort, dir });
  const rows = await hoursByEmployee(s.employerId, p.from, p.to, p.sort, p.dir);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}`, hours: r.total_hours, ot: r.overtime_hours }));
}

// ok: missing-auth, missing-input-validation
export async function departmentReport(filter: string) {
  const s = await verifySession();
  if (!REPORT_ROLES.includes(s.role)) throw new Error("Forbidden");
  const f = z.string().max(60).parse(filter);
  return hoursByDepartment(s.employerId, f);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function labourCostReport(groupBy: string) {
  const s = await verifySession();
  if (!REPORT_ROLES.includes(s.role)) throw new Error("Forbidden");
  return labourCostByLocation(s.employerId, groupBy);
}

// ok: missing-auth, missing-input-validation
export async function overtimeReport(weekStart: string) {
  const s = await verifySession();
  const w = z.string().date().parse(weekStart);
  const rows = await overtimeForWeek(s.employerId, w);
  return rows.map((r) => ({ employeeId: r.employee_id as string, ot: Number(r.ot) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchEmployees(term: string, status: string) {
  const s = await verifySession();
  // ruleid: sql-injection
  const { rows } = await pgPool.query("SELECT id, first_name, last_name FROM employees WHERE employer_id = $1 AND status = '" + status + "' AND last_name ILIKE $2", [s.employerId, `%${term}%`]);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchEmployeesV2(term: string) {
  const s = await verifySession();
  const t = z.string().max(60).parse(term);
  // ok: sql-injection
  const { rows } = await vsql`SELECT id, first_name, last_name FROM employees WHERE employer_id = ${s.employerId} AND last_name ILIKE ${"%" + t + "%"} LIMIT 25`;
  return rows;
}

// ok: missing-auth
export async function rawEmployeeDump() {
  const s = await verifySession();
  if (s.role !== "owner") throw new Error("Owners only");
  const rows = await sql`SELECT * FROM employees WHERE employer_id = ${s.employerId}`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function savedReport(reportId: string) {
  const s = await verifySession();
  try {
    // ruleid: sql-injection
    const rows = await sql.unsafe(`SELECT id, name, definition FROM saved_reports WHERE employer_id = '${s.employerId}' AND id = ${reportId}`);
    return rows.map((r) => ({ id: r.id, name: r.name }));
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
}
