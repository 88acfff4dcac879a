import "server-only";
import { pool, orderBy, clampLimit } from "@/lib/db/pg";

export async function absenceSummary(classId: string, from: string, to: string, sort?: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.id, p.first_name, p.last_name, count(a.id)::int AS absence_count
       FROM pupils p LEFT JOIN absences a ON a.pupil_id = p.id AND a.date BETWEEN $2 AND $3
      WHERE p.class_id = $1
      GROUP BY p.id ORDER BY ${orderBy(sort)}`,
    [classId, from, to],
  );
  return rows as { id: string; first_name: string; last_name: string; absence_count: number }[];
}

export async function attendanceForYear(yearGroup: number, limit?: unknown) {
  const n = clampLimit(limit);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT p.last_name, p.first_name, t.date, t.mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id
       JOIN classes c ON c.id = p.class_id WHERE c.year_group = $1 ORDER BY t.date DESC LIMIT ${n}`,
    [yearGroup],
  );
  return rows;
}

export async function persistentAbsentees(threshold: string, termStart: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT p.id, p.first_name, p.last_name, count(*) AS n FROM absences a JOIN pupils p ON p.id = a.pupil_id
      WHERE a.date >= '${termStart}' AND a.authorised = false GROUP BY p.id HAVING count(*) >= ${threshold}`,
  );
  return rows as { id: string; first_name: string; last_name: string; n: number }[];
}

export async function pupilsByIds(ids: string[]) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, first_name, last_name FROM pupils WHERE id IN ('" + ids.join("','") + "')");
  return rows;
}

export async function pupilsByIdsSafe(ids: string[]) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name FROM pupils WHERE id IN (${placeholders})`, ids);
  return rows;
}

const MARK_TABLE = "attendance";

export async function marksOn(date: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT pupil_id, mark FROM ${MARK_TABLE} WHERE date = $1`, [date]);
  return rows;
}
