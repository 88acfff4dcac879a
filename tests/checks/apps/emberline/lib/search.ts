import { sql } from "@/lib/db/postgres";

export async function searchPatients(practiceId: string, q: string) {
  // ok: sql-injection
  const rows = await sql`select id, first_name, last_name from patients where practice_id = ${practiceId} and (first_name ilike ${"%" + q + "%"} or last_name ilike ${"%" + q + "%"}) limit 25`;
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}` }));
}

export async function searchPatientsLegacy(practiceId: string, q: string, fields: string[]) {
  const where = fields.map((f) => `${f} ilike '%${q}%'`).join(" or ");
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, first_name, last_name from patients where practice_id = $1 and (${where}) limit 25`, [practiceId]);
  return rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}` }));
}
