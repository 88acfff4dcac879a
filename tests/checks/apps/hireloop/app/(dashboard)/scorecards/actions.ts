"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { kdb } from "@/lib/db/kysely";
import { getViewer, requireRole } from "@/lib/dal";
import { canAccessInterview } from "@/lib/permissions";

const InterviewIdSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function getScorecard(interviewId: string) {
  const viewer = await getViewer();
  const id = InterviewIdSchema.parse(interviewId);
  if (!(await canAccessInterview(viewer, id))) return null;
  // ok: missing-authorization
  const card = await kdb
    .selectFrom("scorecards")
    .select(["id", "rating", "notes", "submitted_at"])
    .where("interview_id", "=", id)
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return card ?? null;
}

const ScorecardSchema = z.object({
  interview_id: z.string().cuid(),
  rating: z.coerce.number().int().min(1).max(4),
  notes: z.string().min(1).max(10_000),
});

// ok: missing-auth, missing-input-validation
export async function submitScorecard(_prev: unknown, formData: FormData) {
  const viewer = await getViewer();
  const submission = parseWithZod(formData, { schema: ScorecardSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: floating-auth-check
  const allowed = await canAccessInterview(viewer, submission.value.interview_id);
  if (!allowed) return submission.reply({ formErrors: ["You are not on this interview loop"] });

  await kdb
    .insertInto("scorecards")
    .values({
      id: crypto.randomUUID(),
      // ok: mass-assignment
      ...submission.value,
      author_id: viewer.userId,
      submitted_at: new Date(),
    })
    .execute();
  return submission.reply({ resetForm: true });
}

type ScorecardPatch = { rating?: number; notes?: string; author_id?: string };

// ruleid: missing-input-validation
export async function updateScorecard(id: string, patch: ScorecardPatch) {
  await getViewer();
  // ruleid: missing-authorization
  await kdb
    .updateTable("scorecards")
    // ruleid: mass-assignment
    .set(patch)
    .where("id", "=", id)
    .execute();
}

// ok: missing-auth, missing-input-validation
export async function listTeamScorecards(interviewId: string) {
  const viewer = await getViewer();
  const id = InterviewIdSchema.parse(interviewId);
  // ruleid: floating-auth-check
  requireRole("owner", "admin", "recruiter", "hiring_manager");
  // ruleid: missing-authorization
  const cards = await kdb
    .selectFrom("scorecards")
    .innerJoin("interviews", "interviews.id", "scorecards.interview_id")
    .select(["scorecards.id", "scorecards.rating", "scorecards.notes", "interviews.interviewer_id"])
    .where("scorecards.interview_id", "=", id)
    .execute();
  return { viewer: viewer.userId, cards };
}

// ok: missing-auth, missing-input-validation
export async function deleteScorecard(interviewId: string) {
  const viewer = await getViewer();
  const id = InterviewIdSchema.parse(interviewId);
  // ok: floating-auth-check
  const check = canAccessInterview(viewer, id);
  if (!(await check)) throw new Error("Forbidden");
  // ok: missing-authorization
  await kdb.deleteFrom("scorecards").where("interview_id", "=", id).where("author_id", "=", viewer.userId).execute();
}
