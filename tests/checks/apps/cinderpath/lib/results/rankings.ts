import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

export async function ageGroupRanking(raceId: string, ageGroup: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ bib: number; name: string; chip_time_ms: number }[]>(Prisma.sql`SELECT r.bib, u.name, res.chip_time_ms FROM "Result" res JOIN "Registration" r ON r.id = res."registrationId" JOIN "User" u ON u.id = r."userId" WHERE res."raceId" = ${raceId} AND res."ageGroup" = ${ageGroup} ORDER BY res.chip_time_ms`);
}

export async function genderRanking(raceId: string, gender: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT r.bib, u.name, res."chipTimeMs" FROM "Result" res JOIN "Registration" r ON r.id = res."registrationId" JOIN "User" u ON u.id = r."userId" WHERE res."raceId" = $1 AND u.gender = '${gender}'`, raceId);
}

export async function topFinishers(raceId: string) {
  const LIMIT = 10;
  // ok: sql-injection
  return prisma.$queryRawUnsafe(`SELECT "registrationId", "chipTimeMs" FROM "Result" WHERE "raceId" = $1 ORDER BY "chipTimeMs" LIMIT ${LIMIT}`, raceId);
}
