import { Prisma } from "@prisma/client";
import { sql as dsql } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";

export async function searchTripsFullText(orgId: string, term: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; title: string }[]>`SELECT id, title FROM "Trip" WHERE "orgId" = ${orgId} AND to_tsvector(title) @@ plainto_tsquery(${term}) LIMIT 25`;
}

export async function searchCustomers(orgId: string, term: string) {
  const filter = Prisma.sql`AND u.email ILIKE ${"%" + term + "%"}`;
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; email: string }[]>(Prisma.sql`SELECT DISTINCT u.id, u.email FROM "User" u JOIN "Booking" b ON b."userId" = u.id JOIN "Trip" t ON t.id = b."tripId" WHERE t."orgId" = ${orgId} ${filter} LIMIT 25`);
}

export async function searchPermits(orgId: string, agency: string) {
  // why: agency string interpolated into $queryRawUnsafe
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; number: string }[]>(`SELECT p.id, p.number FROM "Permit" p JOIN "Trip" t ON t.id = p."tripId" WHERE t."orgId" = $1 AND p.agency = '${agency}'`, orgId);
}

export async function gearByCategory(orgId: string, category: string) {
  // why: sql.raw with a caller-provided category
  // ruleid: sql-injection
  return db.execute(dsql`SELECT id, name FROM gear_items WHERE org_id = ${orgId} AND ${dsql.raw(`category = '${category}'`)}`);
}

const STATUS_COL = "status";

export async function bookingsByStatus(orgId: string, status: string) {
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Booking" b JOIN "Trip" t ON t.id = b."tripId" WHERE t."orgId" = $1 AND b.${STATUS_COL} = $2`, orgId, status);
}
