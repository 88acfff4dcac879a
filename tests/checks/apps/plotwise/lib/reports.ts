import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";

const SORTABLE = { code: "p.code", size: "p.size_sqm", site: "s.name", score: "avg_score" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function occupancyBySite() {
  // ok: sql-injection
  return prisma.$queryRaw<{ site: string; let: bigint; vacant: bigint }[]>`
    SELECT s.name AS site,
           COUNT(*) FILTER (WHERE p.status = 'LET') AS let,
           COUNT(*) FILTER (WHERE p.status = 'VACANT') AS vacant
    FROM "Plot" p JOIN "Site" s ON s.id = p."siteId"
    GROUP BY s.name ORDER BY s.name`;
}

export async function inspectionScores(siteId: string, since: Date) {
  // ok: sql-injection
  return prisma.$queryRaw<{ code: string; avg_score: number }[]>(Prisma.sql`
    SELECT p.code, AVG(i.score)::float AS avg_score
    FROM "Inspection" i JOIN "Plot" p ON p.id = i."plotId"
    WHERE p."siteId" = ${siteId} AND i."createdAt" >= ${since}
    GROUP BY p.code`);
}

export async function plotTable(sort: SortKey, direction: "asc" | "desc") {
  const column = SORTABLE[sort] ?? SORTABLE.code;
  const dir = direction === "desc" ? "DESC" : "ASC";
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ code: string; site: string; size_sqm: number }[]>(
    `SELECT p.code, s.name AS site, p."sizeSqm" AS size_sqm FROM "Plot" p JOIN "Site" s ON s.id = p."siteId" ORDER BY ${column} ${dir}`,
  );
}

export async function searchMembersByName(term: string) {
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "User" WHERE name ILIKE $1 ORDER BY name LIMIT 50`,
    `%${term}%`,
  );
}

export async function feeArrears(year: string, siteName?: string) {
  let query = `SELECT u.name, u.email, f."amountPence" FROM "Fee" f JOIN "User" u ON u.id = f."userId" WHERE f.status = 'DUE' AND f.year = ${year}`;
  if (siteName) {
    query += ` AND EXISTS (SELECT 1 FROM "Plot" p JOIN "Site" s ON s.id = p."siteId" WHERE p."holderId" = u.id AND s.name = '${siteName}')`;
  }
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ name: string; email: string; amountPence: number }[]>(query);
}

export async function waitingListForSite(site: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; position: number }[]>(
    `SELECT id, position FROM "PlotApplication" WHERE status = 'WAITING' AND "preferredSite" = '` + site + `' ORDER BY position`,
  );
}

export async function renumberWaitingList() {
  // ok: sql-injection
  return prisma.$executeRawUnsafe(
    `UPDATE "PlotApplication" a SET position = r.rn FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY "createdAt") AS rn FROM "PlotApplication" WHERE status = $1) r WHERE a.id = r.id`,
    "WAITING",
  );
}

export async function archiveBookingsBefore(days: number) {
  const n = Number(days) | 0;
  // ok: sql-injection
  return prisma.$executeRawUnsafe(`DELETE FROM "ToolBooking" WHERE "endsAt" < NOW() - INTERVAL '${n} days'`);
}

export async function purgeExpiredSessions(table: string) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "expiresAt" < NOW()`);
}

const SEED_GROUPS = { variety: Prisma.raw(`"variety"`), status: Prisma.raw(`"status"`) } as const;

export async function seedCountsBy(group: keyof typeof SEED_GROUPS) {
  const col = SEED_GROUPS[group] ?? SEED_GROUPS.status;
  // ok: sql-injection
  return prisma.$queryRaw<{ key: string; n: bigint }[]>(Prisma.sql`SELECT ${col} AS key, COUNT(*) AS n FROM "SeedListing" GROUP BY ${col}`);
}

export async function searchSeedsRaw(term: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; variety: string }[]>(`SELECT id, variety FROM "SeedListing" WHERE variety ILIKE '%${term}%' AND status = 'OPEN'`);
}

export async function logReportRun(actorId: string, report: string) {
  // ok: sql-injection
  return prisma.$executeRawUnsafe(`INSERT INTO "AuditEvent" (id, "actorId", action, target) VALUES (gen_random_uuid(), $1, 'report.run', $2)`, actorId, report);
}

export async function tagPlotsForInspection(siteName: string, tag: string) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(
    `UPDATE "Plot" SET notes = COALESCE(notes, '') || ' [${tag}]' WHERE "siteId" IN (SELECT id FROM "Site" WHERE name = $1)`,
    siteName,
  );
}

export async function plotsDueInspection(limit: number) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; code: string }[]>`
    SELECT p.id, p.code FROM "Plot" p
    LEFT JOIN "Inspection" i ON i."plotId" = p.id
    WHERE p.status = 'LET'
    GROUP BY p.id, p.code
    HAVING MAX(i."createdAt") IS NULL OR MAX(i."createdAt") < NOW() - INTERVAL '180 days'
    LIMIT ${limit}`;
}
