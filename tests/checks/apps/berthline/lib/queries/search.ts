import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

export async function bumpBerthViews(berthIds: string[]) {
  const list = berthIds.map((id) => `'${id}'`).join(",");
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Berth" SET "viewCount" = "viewCount" + 1 WHERE id IN (${list})`);
}

export async function berthsNear(marinaId: string, lengthM: number) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; code: string }[]>(Prisma.sql`SELECT id, code FROM "Berth" WHERE "marinaId" = ${marinaId} AND abs("lengthM" - ${lengthM}) < 2 ORDER BY abs("lengthM" - ${lengthM}) LIMIT 10`);
}

const DIRECTIONS = { asc: "ASC", desc: "DESC" } as const;

export async function berthsByRate(marinaId: string, dir: "asc" | "desc") {
  const order = DIRECTIONS[dir] ?? "ASC";
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; code: string }[]>(`SELECT id, code, "dailyRateCents" FROM "Berth" WHERE "marinaId" = $1 ORDER BY "dailyRateCents" ${order}`, marinaId);
}
