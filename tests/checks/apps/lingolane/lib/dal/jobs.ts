import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertOrgMember } from "@/lib/auth/org";

// Loads a job and asserts the caller belongs to its org (membership check two calls deep).
export async function getJobForMember(jobId: string) {
  const job = await prisma.job.findUnique({
    where: { id: jobId },
    select: { id: true, orgId: true, title: true, status: true, sourceLang: true, targetLangs: true, assignedToId: true },
  });
  if (!job) throw new Error("Job not found");
  const { user, membership } = await assertOrgMember(job.orgId);
  return { job, user, membership };
}

export async function getJobForOwner(jobId: string) {
  const ctx = await getJobForMember(jobId);
  if (ctx.membership.role !== "OWNER") throw new Error("Owners only");
  return ctx;
}

// Used by the cron and webhooks.
export async function loadJob(jobId: string) {
  return prisma.job.findUnique({ where: { id: jobId }, select: { id: true, orgId: true, title: true, assignedToId: true } });
}
