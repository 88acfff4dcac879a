import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

export type CatalogueItem = { id: string; slug: string; title: string; priceCents: number };

/** Full-text search across published courses (public catalogue). */
export async function searchCatalogue(q: string, schoolSlug?: string) {
  const schoolFilter = schoolSlug ? `AND s.slug = '${schoolSlug}'` : "";
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<CatalogueItem[]>(
    `SELECT c.id, c.slug, c.title, c."priceCents" FROM "Course" c JOIN "School" s ON s.id = c."schoolId"
      WHERE c.published = true AND c.title ILIKE $1 ${schoolFilter} LIMIT 50`,
    `%${q}%`,
  );
}

/** Same search, parameterised through Prisma.sql. */
export async function searchCatalogueSafe(q: string, schoolSlug?: string) {
  const schoolFilter = schoolSlug ? Prisma.sql`AND s.slug = ${schoolSlug}` : Prisma.empty;
  // ok: sql-injection
  return prisma.$queryRaw<CatalogueItem[]>`
    SELECT c.id, c.slug, c.title, c."priceCents" FROM "Course" c JOIN "School" s ON s.id = c."schoolId"
     WHERE c.published = true AND c.title ILIKE ${"%" + q + "%"} ${schoolFilter} LIMIT 50`;
}

export async function publishedCourseBySlug(slug: string) {
  return prisma.course.findFirst({
    where: { slug, published: true },
    select: { id: true, title: true, description: true, priceCents: true, lessons: { where: { isPreview: true }, select: { id: true, title: true } } },
  });
}
