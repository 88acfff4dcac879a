"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireUser, requireFoundationRole } from "@/lib/guards";
import { verifySession } from "@/lib/dal";
import { withRole } from "@/lib/wrappers";
import { assertReviewer } from "@/lib/permissions";
import { sendEmail } from "@/lib/notify";

const assignSchema = z.object({ applicationId: z.string().cuid(), reviewerId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const assignReviewer = withRole(["OWNER", "ADMIN", "PROGRAM_OFFICER"], async (ctx, formData) => {
  const input = assignSchema.parse({ applicationId: formData.get("applicationId"), reviewerId: formData.get("reviewerId") });
  const [app, reviewer] = await Promise.all([
    prisma.application.findFirst({ where: { id: input.applicationId, foundationId: ctx.foundationId }, select: { id: true, title: true } }),
    prisma.membership.findFirst({ where: { userId: input.reviewerId, foundationId: ctx.foundationId, role: "REVIEWER" }, select: { user: { select: { email: true } } } }),
  ]);
  if (!app || !reviewer) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.reviewAssignment.create({ data: { applicationId: app.id, reviewerId: input.reviewerId, foundationId: ctx.foundationId } });
  await sendEmail(reviewer.user.email, "New application to review", `You have been assigned "${app.title}".`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function declareConflict(assignmentId: string, formData: FormData) {
  const user = await requireUser();
  const input = z.object({ id: z.string().cuid(), note: z.string().max(2000) }).parse({ id: assignmentId, note: formData.get("note") });
  // ruleid: floating-auth-check
  assertReviewer(user.id, input.id);
  // ruleid: missing-authorization
  await prisma.reviewAssignment.update({ where: { id: input.id }, data: { conflict: true, conflictNote: input.note } });
  revalidatePath("/reviews");
}

const scoreSchema = z.object({
  assignmentId: z.string().cuid(),
  score: z.coerce.number().int().min(0).max(100),
  comments: z.string().max(10000),
});

// ok: missing-auth, missing-input-validation
export async function submitScore(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const parsed = scoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Score must be between 0 and 100." };
  // ok: floating-auth-check
  await assertReviewer(userId, parsed.data.assignmentId);
  // ok: missing-authorization
  await prisma.reviewAssignment.update({
    where: { id: parsed.data.assignmentId },
    // ok: mass-assignment
    data: { score: parsed.data.score, comments: parsed.data.comments, submitted: true },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getApplicationForReview(assignmentId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(assignmentId);
  const assignment = await prisma.reviewAssignment.findFirst({ where: { id, reviewerId: userId, conflict: false }, select: { applicationId: true } });
  if (!assignment) return null;
  // blind review: org identity must stay hidden from reviewers
  const application = await prisma.application.findUnique({ where: { id: assignment.applicationId } });
  // ruleid: excessive-data-exposure
  return application;
}

// ok: missing-auth
export async function listMyAssignments() {
  const { userId } = await verifySession();
  const rows = await prisma.reviewAssignment.findMany({
    where: { reviewerId: userId },
    select: { id: true, applicationId: true, submitted: true, score: true },
  });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listReviewsForApplication(foundationId: string, applicationId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const appId = z.string().cuid().parse(applicationId);
  // ok: missing-authorization
  const reviews = await prisma.reviewAssignment.findMany({ where: { applicationId: appId, foundationId: fid } });
  // ruleid: excessive-data-exposure
  return reviews;
}
