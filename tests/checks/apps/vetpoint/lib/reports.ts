import { pool, orderColumn, placeholders } from "@/lib/db/pg";

export async function revenueByClinic(groupId: string, from: string, to: string, sort: string | null) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT clinic_name, SUM(total_pence) AS total_pence FROM visit_revenue WHERE group_id = $1 AND visit_date BETWEEN $2 AND $3 GROUP BY clinic_name ORDER BY ${orderColumn(sort)} DESC`,
    [groupId, from, to],
  );
  return rows as { clinic_name: string; total_pence: string }[];
}

export async function visitsForClinics(clinicIds: string[]) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT clinic_id, COUNT(*)::int AS visits FROM visits WHERE clinic_id IN (${placeholders(clinicIds)}) GROUP BY clinic_id`, clinicIds);
  return rows as { clinic_id: string; visits: number }[];
}

export async function searchPatients(clinicId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name, species, owner_name FROM patients WHERE clinic_id = $1 AND name ILIKE '%${term}%' LIMIT 50`, [clinicId]);
  return rows as { id: string; name: string; species: string; owner_name: string }[];
}

export async function overdueVaccinations(clinicId: string, days: number) {
  const window = Number(days) || 30;
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT pet_id, vaccine, due_date FROM vaccinations WHERE clinic_id = $1 AND due_date < now() - interval '${window} days'`, [clinicId]);
  return rows as { pet_id: string; vaccine: string; due_date: string }[];
}

export async function exportTable(table: string, clinicId: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, created_at FROM " + table + " WHERE clinic_id = $1", [clinicId]);
  return rows;
}

export async function noShowRate(clinicId: string, status: string) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT COUNT(*) FILTER (WHERE status = $2)::float / NULLIF(COUNT(*), 0) AS rate FROM appointments_flat WHERE clinic_id = $1", [clinicId, status]);
  return rows[0] as { rate: number | null };
}
