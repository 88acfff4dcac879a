import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const idSchema = z.string().min(1).max(40);

/** async: must be awaited. */
export async function canEditApplication(userId: string, applicationId: unknown): Promise<boolean> {
  const id = idSchema.parse(applicationId);
  const app = await prisma.application.findUnique({ where: { id }, select: { orgId: true, status: true } });
  if (!app || app.status !== "draft") return false;
  const member = await prisma.orgMember.findFirst({ where: { orgId: app.orgId, userId }, select: { id: true } });
  return !!member;
}

export async function isFoundationAdmin(userId: string, foundationId: unknown): Promise<boolean> {
  const fid = idSchema.parse(foundationId);
  const m = await prisma.membership.findFirst({ where: { userId, foundationId: fid }, select: { role: true } });
  return m?.role === "OWNER" || m?.role === "ADMIN";
}

/** Note: does not validate orgId (older helper). */
export async function isOrgMember(userId: string, orgId: string): Promise<boolean> {
  const m = await prisma.orgMember.findFirst({ where: { orgId, userId }, select: { id: true } });
  return m !== null;
}

/** Throws when the user is not the assigned reviewer. */
export async function assertReviewer(userId: string, assignmentId: unknown): Promise<void> {
  const id = idSchema.parse(assignmentId);
  const a = await prisma.reviewAssignment.findUnique({ where: { id }, select: { reviewerId: true } });
  if (!a || a.reviewerId !== userId) throw new Error("Forbidden");
}

export async function canManageAward(userId: string, awardId: unknown): Promise<boolean> {
  const id = idSchema.parse(awardId);
  const award = await prisma.award.findUnique({ where: { id }, select: { foundationId: true } });
  if (!award) return false;
  return isFoundationAdmin(userId, award.foundationId);
}
