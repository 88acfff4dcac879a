"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { requireRole, requireStaff } from "@/lib/auth/guards";
import { CohortError } from "@/lib/errors";
import { cuid } from "@/lib/validators";

// Monitors (read-only role) review source documents and raise queries.
// ok: missing-auth, missing-input-validation
export const monitorVisitList = authActionClient
  .metadata({ actionName: "monitor.visits" })
  .schema(z.object({ studyId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "MONITOR" && ctx.role !== "STUDY_MANAGER") throw new CohortError("Forbidden");
    // ok: missing-authorization
    const study = await prisma.study.findFirst({ where: { id: parsedInput.studyId, sponsorId: ctx.sponsorId ?? "" }, select: { sites: { select: { siteId: true } } } });
    if (!study) throw new CohortError("Unknown study");
    const visits = await prisma.visit.findMany({ where: { siteId: { in: study.sites.map((s) => s.siteId) } }, select: { id: true, siteId: true, scheduledAt: true, status: true } });
    // ok: excessive-data-exposure
    return visits;
  });

// ok: missing-auth, missing-input-validation
export async function raiseMonitorQuery(input: { visitId: string; text: string }) {
  const ctx = await requireRole("MONITOR", "STUDY_MANAGER");
  const data = z.object({ visitId: cuid, text: z.string().min(3).max(2000) }).parse(input);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id: data.visitId, site: { sponsorId: ctx.sponsorId ?? "" } }, select: { id: true, clinicalNotes: true } });
  if (!visit) return { error: "Not found" };
  await prisma.visit.update({ where: { id: visit.id }, data: { clinicalNotes: `${visit.clinicalNotes ?? ""}\n[QUERY] ${data.text}` } });
  return { ok: true };
}

// Monitors must not write; this one forgot the role check entirely and uses the visit id as given.
// ok: missing-auth, missing-input-validation
export async function resolveMonitorQuery(visitId: string, resolution: string) {
  await requireStaff();
  const data = z.object({ visitId: cuid, resolution: z.string().max(2000) }).parse({ visitId, resolution });
  // ruleid: missing-authorization
  await prisma.visit.update({ where: { id: data.visitId }, data: { clinicalNotes: data.resolution } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function monitorSiteDetail(siteId: string) {
  const ctx = await requireRole("MONITOR", "STUDY_MANAGER");
  const id = cuid.parse(siteId);
  // ok: missing-authorization
  const site = await prisma.site.findFirst({ where: { id, sponsorId: ctx.sponsorId ?? "" } });
  // ruleid: excessive-data-exposure
  return site;
}
