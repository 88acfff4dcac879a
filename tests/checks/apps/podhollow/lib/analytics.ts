import { prisma } from "@/lib/db/prisma";

export async function playsByDay(showId: string, days: number): Promise<{ day: Date; plays: number }[]> {
  const d = Math.min(Math.max(Number(days) || 30, 1), 365);
  // ok: sql-injection
  return prisma.$queryRaw`SELECT date_trunc('day', "playedAt") AS day, count(*)::int AS plays FROM "Play" WHERE "showId" = ${showId} AND "playedAt" > now() - (${d} || ' days')::interval GROUP BY 1 ORDER BY 1`;
}

export async function topEpisodes(showId: string): Promise<{ episodeId: string; plays: number }[]> {
  // ok: sql-injection
  return prisma.$queryRaw`SELECT "episodeId", count(*)::int AS plays FROM "Play" WHERE "showId" = ${showId} GROUP BY 1 ORDER BY 2 DESC LIMIT 10`;
}

export async function playsForCountry(showId: string, country: string) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(`DELETE FROM "PlayCache" WHERE "showId" = '${showId}' AND country = '${country}'`);
}
