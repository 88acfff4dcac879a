import "server-only";
import { prisma } from "@/lib/db/prisma";

// All of these are async: callers must await them.
export async function isOrgMember(userId: string, orgId: string): Promise<boolean> {
  const m = await prisma.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { id: true } });
  return !!m;
}

export async function canEditJob(userId: string, jobId: string): Promise<boolean> {
  const job = await prisma.job.findUnique({ where: { id: jobId }, select: { orgId: true } });
  if (!job) return false;
  return isOrgMember(userId, job.orgId);
}

export async function isAssignedTranslator(userId: string, jobId: string): Promise<boolean> {
  const job = await prisma.job.findUnique({ where: { id: jobId }, select: { assignedToId: true } });
  return job?.assignedToId === userId;
}

export async function isBidOwner(userId: string, bidId: string): Promise<boolean> {
  const bid = await prisma.bid.findUnique({ where: { id: bidId }, select: { translatorId: true } });
  return bid?.translatorId === userId;
}
