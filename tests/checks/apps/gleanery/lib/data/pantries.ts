import "server-only";
import { prisma } from "@/lib/db/prisma";

export const publicPantryFields = { id: true, name: true, slug: true, address: true, lat: true, lng: true, hours: true } as const;

export async function listPublicPantries() {
  return prisma.pantry.findMany({ where: { isPublic: true }, select: publicPantryFields, orderBy: { name: "asc" } });
}

export async function pantryNearby(lat: number, lng: number, radiusKm: number) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; name: string; km: number }[]>`
    SELECT id, name, (6371 * acos(cos(radians(${lat})) * cos(radians(lat)) * cos(radians(lng) - radians(${lng})) + sin(radians(${lat})) * sin(radians(lat)))) AS km
    FROM "Pantry" WHERE "isPublic" = true ORDER BY km ASC LIMIT 20`.then((rows) => rows.filter((r) => r.km <= radiusKm));
}

export async function pantryStatsUnsafe(pantryId: string, column: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT count(*)::int AS n, max("${column}") AS latest FROM "Lot" WHERE "pantryId" = $1`, pantryId);
}
