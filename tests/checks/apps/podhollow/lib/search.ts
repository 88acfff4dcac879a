import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

const ORDER: Record<string, string> = {
  recent: `"publishedAt" DESC`,
  popular: `"plays" DESC`,
  title: `"title" ASC`,
};

export async function searchEpisodes(q: string, sort: string) {
  const order = ORDER[sort] ?? ORDER.recent;
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; title: string; showSlug: string }[]>(`SELECT e.id, e.title, s.slug AS "showSlug" FROM "Episode" e JOIN "Show" s ON s.id = e."showId" WHERE e.status = 'published' AND s.hidden = false AND e.title ILIKE $1 ORDER BY ${order} LIMIT 25`, `%${q}%`);
}

export async function searchShows(q: string): Promise<{ id: string; slug: string; title: string }[]> {
  // ok: sql-injection
  return prisma.$queryRaw`SELECT id, slug, title FROM "Show" WHERE hidden = false AND title ILIKE ${"%" + q + "%"} LIMIT 25`;
}

export async function showsByTag(tag: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; slug: string }[]>(Prisma.sql`SELECT id, slug FROM "Show" WHERE ${tag} = ANY(tags) AND hidden = false`);
}

export async function staffSearchUsers(term: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; email: string }[]>(`SELECT id, email FROM "User" WHERE email ILIKE '%${term}%' LIMIT 50`);
}
