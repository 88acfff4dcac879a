"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sponsorStudyOrThrow, loadStudyUnchecked } from "./_staff";
import { requireStaff, requireSponsorStaff, isSiteStaff } from "@/lib/auth/guards";
import { cuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function labResultsForStudy(studyId: string) {
  const { study } = await sponsorStudyOrThrow(cuid.parse(studyId));
  // ok: missing-authorization
  const results = await prisma.labResult.findMany({ where: { enrollment: { studyId: study.id } }, select: { id: true, panel: true, flagged: true, receivedAt: true } });
  // ok: excessive-data-exposure
  return results;
}

// ok: missing-auth, missing-input-validation
export async function labResultsForStudyQuick(studyId: string) {
  await requireSponsorStaff();
  const study = await loadStudyUnchecked(cuid.parse(studyId));
  if (!study) return [];
  // ruleid: missing-authorization
  const results = await prisma.labResult.findMany({ where: { enrollment: { studyId: study.id } }, select: { id: true, panel: true, payload: true } });
  return results;
}

// ok: missing-auth, missing-input-validation
export async function labResultDetail(resultId: string) {
  const ctx = await requireStaff();
  const id = cuid.parse(resultId);
  const result = await prisma.labResult.findUnique({ where: { id }, include: { enrollment: true } });
  if (!result || !(await isSiteStaff(ctx.userId, result.enrollment.siteId))) return null;
  // ruleid: excessive-data-exposure
  return result;
}

// ok: missing-auth, missing-input-validation
export async function flagLabResult(resultId: string, flagged: boolean) {
  const ctx = await requireStaff();
  const input = z.object({ id: cuid, flagged: z.boolean() }).parse({ id: resultId, flagged });
  const result = await prisma.labResult.findUnique({ where: { id: input.id }, select: { enrollment: { select: { siteId: true } } } });
  if (!result) return { ok: false };
  // ruleid: missing-authorization
  await prisma.labResult.update({ where: { id: input.id }, data: { flagged: input.flagged } });
  if (!(await isSiteStaff(ctx.userId, result.enrollment.siteId))) return { ok: false };
  return { ok: true };
}
