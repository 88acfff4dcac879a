import { reporting } from "@/lib/pg";

const LIMIT = 100;

export async function hoursForParentName(schoolId: string, name: string) {
  // ruleid: sql-injection
  const { rows } = await reporting.query(`SELECT parent_name, total_hours FROM volunteer_hours WHERE school_id = $1 AND parent_name ILIKE '%${name}%'`, [schoolId]);
  return rows;
}

export async function hoursByGrade(schoolId: string, grade: number) {
  // ok: sql-injection
  const { rows } = await reporting.query(`SELECT grade, sum(total_hours) FROM volunteer_hours WHERE school_id = $1 AND grade = $2 GROUP BY grade LIMIT ${LIMIT}`, [schoolId, grade]);
  return rows;
}

export async function topSchools(district: string, n: number) {
  const limit = Number(n) || 10;
  // ok: sql-injection
  const { rows } = await reporting.query(`SELECT school_name, sum(total_hours) h FROM volunteer_hours WHERE district = $1 GROUP BY 1 ORDER BY h DESC LIMIT ${Math.min(limit, 50)}`, [district]);
  return rows;
}

export async function schoolsByIds(ids: string[]) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  const { rows } = await reporting.query(`SELECT id, name FROM schools WHERE id IN (${placeholders})`, ids);
  return rows;
}

export async function parentsByEmails(emails: string[]) {
  const list = emails.map((e) => `'${e}'`).join(",");
  // ruleid: sql-injection
  const { rows } = await reporting.query(`SELECT id, email FROM parents WHERE email IN (${list})`);
  return rows;
}
