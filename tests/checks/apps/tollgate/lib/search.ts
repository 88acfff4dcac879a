import { sql } from "@/lib/db";

const SORTS: Record<string, string> = { code: "hs_code", rate: "duty_rate", chapter: "chapter" };

// Public tariff search. Sort column comes from a fixed map; the term is a bound parameter.
export async function searchTariffs(term: string, sort: string | null) {
  const column = SORTS[sort ?? ""] ?? "hs_code";
  // ok: sql-injection
  return sql.unsafe(`SELECT hs_code, description, duty_rate FROM tariffs WHERE description ILIKE $1 ORDER BY ${column} LIMIT 50`, [`%${term}%`]);
}

// Chapter browse: the chapter is interpolated straight into the text.
export async function tariffsInChapter(chapter: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT hs_code, description, duty_rate FROM tariffs WHERE chapter = ${chapter} ORDER BY hs_code`);
}

// Tagged template: parameterised by postgres.js.
export async function tariffByCode(code: string) {
  // ok: sql-injection
  const rows = await sql`SELECT hs_code, description, duty_rate FROM tariffs WHERE hs_code = ${code} LIMIT 1`;
  return rows[0] ?? null;
}

// Declaration search within one importer; the reference prefix is concatenated.
export async function searchDeclarations(importerId: string, referencePrefix: string) {
  // ruleid: sql-injection
  return sql.unsafe("SELECT id, reference, status FROM declarations WHERE importer_id = '" + importerId + "' AND reference LIKE '" + referencePrefix + "%'");
}

// Number() coercion before interpolation, still a string built from input — but only digits can reach it.
export async function recentDeclarations(importerId: string, days: number) {
  const n = Math.max(1, Math.min(365, Number(days) | 0));
  // ok: sql-injection
  return sql.unsafe(`SELECT id, reference, status FROM declarations WHERE importer_id = $1 AND created_at > now() - interval '${n} days'`, [importerId]);
}
