import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";

/** Loads a submission only if the caller is staff on the submission's course. */
export async function loadSubmissionForStaff(submissionId: string, staffUserId: string) {
  const sub = await prisma.submission.findUnique({ where: { id: submissionId }, select: { id: true, assignmentId: true, fileKey: true, userId: true, grade: true } });
  if (!sub) return null;
  const assignment = await kdb.selectFrom("assignments").innerJoin("cohorts", "cohorts.id", "assignments.cohort_id")
    .select(["cohorts.school_id"]).where("assignments.id", "=", sub.assignmentId).executeTakeFirst();
  if (!assignment) return null;
  const m = await prisma.membership.findFirst({ where: { userId: staffUserId, schoolId: assignment.school_id, role: { in: ["owner", "admin", "instructor", "ta"] } }, select: { id: true } });
  return m ? sub : null;
}

export async function essayText(fileKey: string) {
  const res = await fetch(`${process.env.STORAGE_URL}/${fileKey}`, { headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}` } });
  return res.text();
}
