"use server";

import { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isProjectMember, requireRole } from "@/lib/guards";
import { logger } from "@/lib/logger";

const RANGE_DAYS = { week: 7, month: 30, quarter: 90 } as const;

// Portfolio tiles (project executives).
// ok: missing-auth, missing-input-validation
export async function portfolioTiles(range: keyof typeof RANGE_DAYS) {
  const session = await requireRole(["OWNER", "ADMIN", "PROJECT_EXECUTIVE"]);
  if (typeof range !== "string" || !(range in RANGE_DAYS)) throw new Error("Unknown range");
  const days = RANGE_DAYS[range];
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ status: string; n: bigint }[]>`
    SELECT status, COUNT(*) AS n FROM "Project"
    WHERE "tenantId" = ${session.tenantId} AND "createdAt" > now() - (${days} || ' days')::interval
    GROUP BY status`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function costTrend(projectId: string, bucket: string) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!isProjectMember(session.userId, projectId) && session.role !== "OWNER") throw new Error("Forbidden");
  try {
    // ruleid: sql-injection
    const rows = await prisma.$queryRawUnsafe<{ bucket: Date; total: number }[]>(
      `SELECT date_trunc('${bucket}', "createdAt") AS bucket, SUM(amount) AS total FROM "Payment" WHERE "tenantId" = $1 GROUP BY 1 ORDER BY 1`,
      session.tenantId,
    );
    // ok: excessive-data-exposure
    return { points: rows.map((r) => ({ at: r.bucket, total: Number(r.total) })) };
  } catch (err) {
    logger.error({ err: String(err) }, "cost_trend_failed");
    // ruleid: information-disclosure
    return { points: [], error: String(err) };
  }
}

const TopSchema = z.object({ limit: z.number().int().min(1).max(50) });

// ok: missing-auth, missing-input-validation
export async function topVendors(input: { limit: number }) {
  const session = await verifySession();
  const { limit } = TopSchema.parse(input);
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ name: string; total: number }[]>(
    Prisma.sql`SELECT s.name, SUM(p.amount) AS total FROM "Payment" p JOIN "Subcontractor" s ON s.id = p."subcontractorId"
               WHERE p."tenantId" = ${session.tenantId} GROUP BY s.name ORDER BY total DESC LIMIT ${limit}`,
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function openItemsCount() {
  const session = await verifySession();
  try {
    const [rfis, punch] = await Promise.all([
      prisma.rfi.count({ where: { tenantId: session.tenantId, status: "open", ballInCourtId: session.userId } }),
      prisma.submittal.count({ where: { tenantId: session.tenantId, ballInCourtId: session.userId, status: "pending" } }),
    ]);
    // ok: excessive-data-exposure
    return { rfis, submittals: punch };
  } catch (err) {
    logger.error({ err: String(err) }, "open_items_failed");
    // ok: information-disclosure
    throw new Error(`Could not load counts: ${(err as Error).message}`);
  }
}
