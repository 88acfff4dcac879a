import { db } from "@/lib/db";
import type { Role } from "@prisma/client";
import type { Viewer } from "@/lib/dal";

const SALARY_ROLES: Role[] = ["owner", "admin", "hiring_manager"];

/** Synchronous role check on an already loaded viewer. */
export function hasRole(viewer: Viewer, roles: Role[]): boolean {
  return roles.includes(viewer.role);
}

export function canSeeSalaries(viewer: Viewer): boolean {
  return SALARY_ROLES.includes(viewer.role);
}

/** Interviewers may only touch interviews assigned to them; recruiters and up see the whole company. */
export async function canAccessInterview(viewer: Viewer, interviewId: string): Promise<boolean> {
  const interview = await db.interview.findUnique({
    where: { id: interviewId },
    select: { interviewerId: true, application: { select: { job: { select: { companyId: true } } } } },
  });
  if (!interview || interview.application.job.companyId !== viewer.companyId) return false;
  if (viewer.role === "interviewer") return interview.interviewerId === viewer.userId;
  return true;
}

export async function isJobOwner(viewer: Viewer, jobId: string): Promise<boolean> {
  const job = await db.job.findFirst({ where: { id: jobId, companyId: viewer.companyId }, select: { id: true } });
  return job !== null;
}

/** Throws unless the viewer owns the company. */
export async function assertOwner(viewer: Viewer): Promise<void> {
  const m = await db.membership.findFirst({ where: { userId: viewer.userId, companyId: viewer.companyId, role: "owner" }, select: { id: true } });
  if (!m) throw new Error("Only the company owner can do this");
}

export async function canManageJob(viewer: Viewer, jobId: string): Promise<boolean> {
  if (viewer.role === "interviewer") return false;
  const job = await db.job.findFirst({ where: { id: jobId, companyId: viewer.companyId }, select: { hiringManagerId: true } });
  if (!job) return false;
  return viewer.role !== "hiring_manager" || job.hiringManagerId === viewer.userId;
}
