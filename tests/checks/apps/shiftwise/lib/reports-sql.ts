import { pgPool } from "@/lib/pg";
import { sql } from "@/lib/postgres";

const SORTABLE = { name: "e.last_name", hours: "total_hours", overtime: "overtime_hours" } as const;
export type SortKey = keyof typeof SORTABLE;

// Column names come from a fixed map, values are placeholders.
export async function hoursByEmployee(employerId: string, from: string, to: string, sort: SortKey, dir: "asc" | "desc") {
  const column = SORTABLE[sort] ?? SORTABLE.name;
  const direction = dir === "desc" ? "DESC" : "ASC";
  // ok: sql-injection
  const { rows } = await pgPool.query(`SELECT e.id, e.first_name, e.last_name, SUM(t.hours) AS total_hours, SUM(t.ot_hours) AS overtime_hours FROM employees e JOIN hours_daily t ON t.employee_id = e.id WHERE e.employer_id = $1 AND t.day BETWEEN $2 AND $3 GROUP BY e.id ORDER BY ${column} ${direction}`, [employerId, from, to]);
  return rows as { id: string; first_name: string; last_name: string; total_hours: number; overtime_hours: number }[];
}

// Free-text filter for the report builder's "department contains" box.
export async function hoursByDepartment(employerId: string, departmentFilter: string) {
  // ruleid: sql-injection
  const { rows } = await pgPool.query(`SELECT d.name, SUM(t.hours) AS hours FROM departments d JOIN hours_daily t ON t.department_id = d.id WHERE d.employer_id = '${employerId}' AND d.name ILIKE '%${departmentFilter}%' GROUP BY d.name`);
  return rows as { name: string; hours: number }[];
}

export async function overtimeForWeek(employerId: string, weekStart: string) {
  // ok: sql-injection
  return sql`SELECT employee_id, SUM(ot_hours) AS ot FROM hours_daily WHERE employer_id = ${employerId} AND day >= ${weekStart}::date AND day < ${weekStart}::date + 7 GROUP BY employee_id`;
}

export async function labourCostByLocation(employerId: string, groupBy: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT ${groupBy}, SUM(cost_cents) AS cost FROM labour_cost WHERE employer_id = $1 GROUP BY ${groupBy}`, [employerId]);
}

export async function headcountSince(employerId: string, days: number) {
  const n = Math.max(1, Math.min(365, Number(days) | 0));
  return sql.unsafe(`SELECT COUNT(*)::int AS c FROM employees WHERE employer_id = $1 AND hired_on > now() - interval '${n} days'`, [employerId]);
}
