import "server-only";
import { db, pool, placeholders } from "@/lib/db";

const SORT_COLUMNS: Record<string, string> = {
  name: "c.name",
  newest: "c.created_at",
  rating: "max_rating",
};

export async function getCandidateForCompany(companyId: string, id: string) {
  // ok: missing-authorization
  return db.candidate.findFirst({
    where: { id, companyId },
    select: { id: true, name: true, email: true, phone: true, source: true, notes: true },
  });
}

export async function updateCandidateNotes(candidateId: string, notes: string) {
  // todoruleid: missing-authorization
  return db.candidate.update({ where: { id: candidateId }, data: { notes }, select: { id: true } });
}

export async function searchCandidates(companyId: string, q: string, sort: string, dir: "asc" | "desc") {
  const orderBy = SORT_COLUMNS[sort] ?? SORT_COLUMNS.newest;
  const direction = dir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT c.id, c.name, c.email, max(a.rating) AS max_rating
       FROM "Candidate" c LEFT JOIN "Application" a ON a."candidateId" = c.id
      WHERE c."companyId" = $1 AND (c.name ILIKE $2 OR c.email ILIKE $2)
      GROUP BY c.id ORDER BY ${orderBy} ${direction} LIMIT 100`,
    [companyId, `%${q}%`],
  );
  return rows as { id: string; name: string; email: string; max_rating: number | null }[];
}

export async function findDuplicateCandidates(companyId: string, email: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM "Candidate" WHERE "companyId" = $1 AND lower(email) = lower('${email}')`, [companyId]);
  return rows;
}

export async function loadCandidatesByIds(companyId: string, ids: string[]) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, name, email FROM "Candidate" WHERE "companyId" = $1 AND id IN (${placeholders(ids.length, 2)})`,
    [companyId, ...ids],
  );
  return rows;
}
