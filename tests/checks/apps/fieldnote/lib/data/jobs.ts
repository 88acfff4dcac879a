import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

export const jobListSelect = {
  id: true,
  title: true,
  status: true,
  scheduledAt: true,
  priceCents: true,
  customer: { select: { id: true, name: true } },
} satisfies Prisma.JobSelect;

export async function listJobsForWorkspace(workspaceId: string, take = 50) {
  return prisma.job.findMany({
    where: { workspaceId },
    select: jobListSelect,
    orderBy: { scheduledAt: "asc" },
    take,
  });
}

/** Used by the board's status filter chips. */
export async function findJobsByStatus(workspaceId: string, status: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; title: string }[]>(
    `SELECT id, title FROM "Job" WHERE "workspaceId" = '${workspaceId}' AND status = '${status}' ORDER BY "scheduledAt"`,
  );
}

export async function jobsNear(workspaceId: string, lat: number, lng: number, km: number) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; distance: number }[]>`
    SELECT j.id, earth_distance(ll_to_earth(c.lat, c.lng), ll_to_earth(${lat}, ${lng})) / 1000 AS distance
    FROM "Job" j JOIN "Customer" c ON c.id = j."customerId"
    WHERE j."workspaceId" = ${workspaceId}
    AND earth_box(ll_to_earth(${lat}, ${lng}), ${km * 1000}) @> ll_to_earth(c.lat, c.lng)`;
}

/** Bulk status change: builds $2, $3… placeholders for the id list. */
export async function bulkUpdateStatus(workspaceId: string, ids: string[], status: string) {
  const placeholders = ids.map((_, i) => `$${i + 3}`).join(", ");
  // ok: sql-injection
  return prisma.$executeRawUnsafe(
    `UPDATE "Job" SET status = $1 WHERE "workspaceId" = $2 AND id IN (${placeholders})`,
    status,
    workspaceId,
    ...ids,
  );
}

const JOB_TABLE = '"Job"';

export async function countOpenJobs(workspaceId: string) {
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM ${JOB_TABLE} WHERE "workspaceId" = $1 AND status <> 'done'`,
    workspaceId,
  );
  return Number(rows[0]?.n ?? 0);
}

export async function touchJobs(workspaceId: string, since: Date) {
  // ok: sql-injection
  return prisma.$executeRaw`UPDATE "Job" SET "scheduledAt" = "scheduledAt" WHERE "workspaceId" = ${workspaceId} AND "createdAt" > ${since}`;
}

/** Internal helper for the retention job; callers are responsible for access checks. */
// ok: missing-auth
export async function deleteJobRecord(jobId: string) {
  await prisma.attachment.deleteMany({ where: { jobId } });
  return prisma.job.delete({ where: { id: jobId }, select: { id: true } });
}
