import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

export async function getPlotForHolder(plotId: string, userId: string) {
  return prisma.plot.findFirst({
    where: { id: plotId, holderId: userId },
    select: { id: true, number: true, sizeSqm: true, status: true, notes: true, gateCode: true },
  });
}

export async function listGardenPlots(gardenId: string) {
  return prisma.plot.findMany({
    where: { gardenId },
    select: { id: true, number: true, sizeSqm: true, status: true },
    orderBy: { number: "asc" },
  });
}

const SORTS = { number: "number", size: '"sizeSqm"', status: "status" } as const;

/** Sort column comes from a fixed map: only constants reach the SQL text. */
export async function searchPlots(gardenId: string, sort: keyof typeof SORTS, minSize: number) {
  const column = SORTS[sort] ?? "number";
  // ok: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, number, "sizeSqm", status FROM "Plot" WHERE "gardenId" = $1 AND "sizeSqm" >= $2 ORDER BY ${column}`, gardenId, Number(minSize));
}

export async function plotsByStatus(gardenId: string, status: string) {
  // ok: sql-injection
  return prisma.$queryRaw(Prisma.sql`SELECT id, number FROM "Plot" WHERE "gardenId" = ${gardenId} AND status = ${status}`);
}

export async function plotNotesSearch(gardenId: string, term: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, number, notes FROM "Plot" WHERE "gardenId" = '${gardenId}' AND notes ILIKE '%${term}%'`);
}
