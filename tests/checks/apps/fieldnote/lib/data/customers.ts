import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

export const customerSummarySelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  address: true,
} satisfies Prisma.CustomerSelect;

export async function searchCustomers(workspaceId: string, q: string) {
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT id, name FROM "Customer" WHERE "workspaceId" = $1 AND name ILIKE $2 ORDER BY name LIMIT 25`,
    workspaceId,
    `%${q}%`,
  );
}

export async function customerLedger(workspaceId: string, customerId: string) {
  const query = Prisma.sql`
    SELECT j.id, j.title, j."priceCents", j."scheduledAt"
    FROM "Job" j WHERE j."workspaceId" = ${workspaceId} AND j."customerId" = ${customerId}
    ORDER BY j."scheduledAt" DESC`;
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; title: string; priceCents: number; scheduledAt: Date }[]>(query);
}

export async function customersWithOpenJobs(workspaceId: string, statuses: string[]) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT DISTINCT c.id, c.name FROM "Customer" c JOIN "Job" j ON j."customerId" = c.id
    WHERE c."workspaceId" = ${workspaceId} AND j.status IN (${Prisma.join(statuses)})`;
}

export async function renameCustomerTag(workspaceId: string, from: string, to: string) {
  // ruleid: sql-injection
  return prisma.$executeRaw(Prisma.raw(`UPDATE "Customer" SET notes = replace(notes, '#${from}', '#${to}') WHERE "workspaceId" = '${workspaceId}'`));
}

/** Moves every job of `fromId` onto `intoId` (duplicate customers). */
export async function reassignCustomerJobs(fromId: string, intoId: string) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(
    "UPDATE \"Job\" SET \"customerId\" = '" + intoId + "' WHERE \"customerId\" = '" + fromId + "'",
  );
}
