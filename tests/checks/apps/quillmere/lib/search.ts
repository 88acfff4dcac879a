import { pool } from "@/lib/db/pg";

const OPERATORS = { eq: "=", gt: ">", lt: "<" } as const;

export async function searchSubmissions(agencyId: string, term: string) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, title, genre FROM submissions WHERE agency_id = $1 AND title ILIKE $2 LIMIT 50", [agencyId, `%${term}%`]);
  return rows;
}

export async function filterByWordCount(agencyId: string, op: keyof typeof OPERATORS, words: number) {
  const sqlOp = OPERATORS[op] ?? "=";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, title FROM submissions WHERE agency_id = $1 AND word_count ${sqlOp} $2`, [agencyId, words]);
  return rows;
}

export async function searchByAuthorName(agencyId: string, name: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT s.id, s.title FROM submissions s JOIN users u ON u.id = s.author_id WHERE s.agency_id = $1 AND u.name ILIKE '%${name}%'`, [agencyId]);
  return rows;
}

export async function tagCloud(agencyId: string, tags: string[]) {
  const list = tags.map((t) => `'${t}'`).join(",");
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT tag, count(*) FROM submission_tags WHERE agency_id = $1 AND tag IN (" + list + ") GROUP BY tag", [agencyId]);
  return rows;
}
