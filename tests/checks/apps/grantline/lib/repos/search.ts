import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

export async function searchOrganizations(q: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Organization" WHERE name ILIKE ${"%" + q + "%"} LIMIT 20`;
}

export async function searchApplicationsFts(foundationId: string, q: string, limit: number) {
  const where = Prisma.sql`"foundationId" = ${foundationId} AND to_tsvector(title) @@ plainto_tsquery(${q})`;
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; title: string }[]>`SELECT id, title FROM "Application" WHERE ${where} LIMIT ${limit}`;
}

export async function searchMessages(applicationId: string, q: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; body: string }[]>('SELECT id, body FROM "Message" WHERE "applicationId" = $1 AND body ILIKE \'%' + q + "%'", applicationId);
}
