import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";

const SORT_COLUMNS = { name: "f.name", updated: "f.updated_at", key: "f.key" } as const;
export type FlagSort = keyof typeof SORT_COLUMNS;

/** Search used by the flag list page; `sort` is resolved through an allow-list. */
export async function searchFlags(projectId: string, term: string, sort: FlagSort) {
  const column = SORT_COLUMNS[sort] ?? SORT_COLUMNS.name;
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT f.id, f.key, f.name, f.enabled FROM flags f
      WHERE f.project_id = $1 AND f.name ILIKE $2
      ORDER BY ${column} ASC LIMIT 100`,
    [projectId, `%${term}%`],
  );
  return rows as { id: string; key: string; name: string; enabled: boolean }[];
}

/** Flag keys by tag, used by the SDK bootstrap. */
export async function flagKeysByTag(projectId: string, tag: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT key FROM flags WHERE project_id = $1 AND '${tag}' = ANY(tags)`,
    [projectId],
  );
  return rows.map((r) => r.key as string);
}

export async function flagStats(projectId: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ enabled: number; total: number }[]>`
    SELECT count(*) FILTER (WHERE enabled) AS enabled, count(*) AS total
      FROM "Flag" WHERE "projectId" = ${projectId}`;
}

export async function staleFlags(projectId: string, days: number) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; key: string }[]>(
    `SELECT id, key FROM "Flag" WHERE "projectId" = '${projectId}' AND "updatedAt" < now() - interval '${days} days'`,
  );
}

export async function flagsByIds(ids: string[]) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; key: string }[]>(
    Prisma.sql`SELECT id, key FROM "Flag" WHERE id IN (${Prisma.join(ids)})`,
  );
}

const TABLE = '"Flag"';

export async function countAllFlags() {
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM ${TABLE}`);
}

/** Internal helper (not a server action): callers check permissions first. */
// ok: missing-auth, missing-input-validation
export async function archiveFlagsForProject(projectId: string) {
  // ok: missing-authorization
  const { count } = await prisma.flag.updateMany({ where: { projectId }, data: { archived: true } });
  return count;
}

export async function segmentsMatchingAttribute(orgId: string, attribute: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT id, name FROM segments WHERE org_id = '${orgId}' AND conditions @> '[{"attribute":"${attribute}"}]'`));
}

export async function segmentsUsingAttribute(orgId: string, attribute: string) {
  // ok: sql-injection
  return db.execute(sql`SELECT id, name FROM segments WHERE org_id = ${orgId} AND conditions @> ${JSON.stringify([{ attribute }])}::jsonb`);
}

export async function segmentCountAll() {
  // ok: sql-injection
  return db.execute(sql.raw("SELECT count(*) FROM segments"));
}
