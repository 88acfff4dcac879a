import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

const OPS = { eq: "=", gt: ">", lt: "<" } as const;

// Households search used by coordinators. Operators come from a fixed map; values are positional.
export async function householdsByNeed(networkId: string, op: keyof typeof OPS, size: number) {
  const operator = OPS[op] ?? "=";
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; head_name: string }[]>(`SELECT id, head_name FROM "Household" WHERE network_id = $1 AND household_size ${operator} $2`, networkId, size);
}

export async function householdsByName(networkId: string, name: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; head_name: string }[]>(Prisma.sql`SELECT id, "headName" AS head_name FROM "Household" WHERE "networkId" = ${networkId} AND "headName" ILIKE ${"%" + name + "%"}`);
}

export async function householdsByDiet(networkId: string, diet: string) {
  // why: diet interpolated into $queryRawUnsafe
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Household" WHERE "networkId" = $1 AND "dietaryNeeds" ILIKE '%${diet}%'`, networkId);
}

export async function purgeOldVisits(table: string, days: number) {
  // why: table name and days concatenated into $executeRawUnsafe
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe("DELETE FROM " + table + " WHERE visited_at < now() - interval '" + days + " days'");
}
