import { sql } from "drizzle-orm";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";

const SORTS = { rate: "hourly_rate_cents ASC", rating: "avg_rating DESC", distance: "distance_m ASC" } as const;

export async function nearbySitters(lat: number, lng: number, sort: keyof typeof SORTS, serviceKind: string) {
  const orderBy = SORTS[sort] ?? SORTS.rating;
  // ok: sql-injection
  return db.execute(sql`SELECT slug, headline, hourly_rate_cents FROM sitter_search(${lat}, ${lng}) WHERE ${serviceKind} = ANY(services) ORDER BY ${sql.raw(orderBy)} LIMIT 30`);
}

export async function sittersByTag(tag: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT slug, headline FROM sitter_search_tags WHERE tag = '${tag}' LIMIT 30`));
}

export async function setSitterCity(sitterId: string, city: string) {
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Sitter" SET city = '${city}' WHERE id = $1`, sitterId);
}

export async function sitterCountByCity(city: string) {
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "Sitter" WHERE city = ${city}`);
  return rows[0]?.n ?? 0;
}
