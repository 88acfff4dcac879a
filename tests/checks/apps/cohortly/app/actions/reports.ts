"use server";

import { z } from "zod";
import { sql } from "@vercel/postgres";
import { requireSponsorStaff, requireRole } from "@/lib/auth/guards";
import { enrollmentFunnel, siteVisitCounts, stipendTotalsByStatus, volunteersByIds, recentAuditRows } from "@/lib/db/reporting";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function funnelReport(sort: string | null, dir: string | null) {
  const ctx = await requireSponsorStaff();
  // ok: missing-authorization
  const rows = await enrollmentFunnel(ctx.sponsorId, sort, dir);
  return rows.map((r) => ({ studyId: r.study_id as string, title: r.title as string, screened: r.screened_count as number, enrolled: r.enrolled_count as number }));
}

// ok: missing-auth, missing-input-validation
export async function visitsPerSite(year: string) {
  const ctx = await requireSponsorStaff();
  return siteVisitCounts(ctx.sponsorId, year);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function stipendTotals(status: string) {
  const ctx = await requireSponsorStaff();
  return stipendTotalsByStatus(ctx.sponsorId, status);
}

// ok: missing-auth, missing-input-validation
export const stipendTotalsChecked = authActionClient
  .metadata({ actionName: "report.stipends" })
  .schema(z.object({ status: z.enum(["pending", "paid", "reversed"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.sponsorId) throw new Error("No sponsor");
    return stipendTotalsByStatus(ctx.sponsorId, parsedInput.status);
  });

// ok: missing-auth, missing-input-validation
export async function cohortSnapshot(volunteerIds: string[]) {
  const ctx = await requireSponsorStaff();
  const ids = z.array(z.string().min(1)).max(200).parse(volunteerIds);
  // ok: missing-authorization
  return volunteersByIds(ctx.sponsorId, ids);
}

// ok: missing-auth, missing-input-validation
export async function sponsorAuditFeed() {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  if (!ctx.sponsorId) return [];
  return recentAuditRows(ctx.sponsorId);
}

// ok: missing-auth, missing-input-validation
export async function enrollmentByWeek(studyId: string) {
  const ctx = await requireSponsorStaff();
  const id = z.string().cuid().parse(studyId);
  // ok: sql-injection, missing-authorization
  const { rows } = await sql`SELECT date_trunc('week', e.created_at) AS week, count(*)::int AS n FROM enrollments e JOIN studies s ON s.id = e.study_id WHERE e.study_id = ${id} AND s.sponsor_id = ${ctx.sponsorId} GROUP BY 1 ORDER BY 1`;
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function fullEnrollmentDump(studyId: string) {
  const ctx = await requireSponsorStaff();
  const id = z.string().cuid().parse(studyId);
  // ok: sql-injection, missing-authorization
  const { rows } = await sql`SELECT * FROM enrollments e WHERE e.study_id = ${id} AND e.study_id IN (SELECT id FROM studies WHERE sponsor_id = ${ctx.sponsorId})`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function armBreakdown(studyId: string, groupBy: string) {
  const ctx = await requireSponsorStaff();
  const id = z.string().cuid().parse(studyId);
  const column = z.enum(["arm_code", "status", "site_id"]).parse(groupBy);
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!study) return [];
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ k: string; n: number }[]>(`SELECT ${column} AS k, count(*)::int AS n FROM enrollments WHERE study_id = $1 GROUP BY 1`, study.id);
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function enrollmentsSince(studyId: string, since: string) {
  const ctx = await requireSponsorStaff();
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id: studyId, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!study) return [];
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; status: string }[]>(`SELECT id, status FROM enrollments WHERE study_id = '${study.id}' AND created_at >= '${since}'`);
  return rows;
}
