"use server";

import { revalidatePath } from "next/cache";
import { ZSAError } from "zsa";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import Score from "@/models/Score";
import { authedProcedure, headSetterProcedure, managerProcedure } from "@/lib/procedures";
import { requireUser } from "@/lib/session";
import { objectId, scoreSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createCompetition = managerProcedure
  .createServerAction()
  .input(z.object({ title: z.string().min(3).max(100), startsAt: z.coerce.date(), format: z.enum(["redpoint", "ifsc_boulder", "onsight"]) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: mass-assignment
    const comp = await Competition.create({ ...input, gymId: ctx.gymId, status: "draft", judgeIds: [] });
    return { id: String(comp._id) };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function registerForCompetition(competitionId: string, category: string) {
  const user = await requireUser();
  const input = z.object({ competitionId: objectId, category: z.enum(["youth", "open", "masters", "adaptive"]) }).parse({ competitionId, category });
  await dbConnect();
  await Competition.updateOne(
    { _id: input.competitionId, status: "open", "registrants.userId": { $ne: user.id } },
    { $push: { registrants: { userId: user.id, category: input.category } } },
  );
  revalidatePath(`/competitions/${input.competitionId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const submitScore = authedProcedure
  .createServerAction()
  .input(scoreSchema)
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    const comp = await Competition.findById(input.competitionId).select("judgeIds status").lean();
    if (!comp || comp.status !== "running") throw new ZSAError("PRECONDITION_FAILED", "Competition is not running.");
    if (!comp.judgeIds.some((j) => String(j) === ctx.user.id)) throw new ZSAError("FORBIDDEN", "Judges only.");
    // ok: missing-authorization, mass-assignment
    await Score.findOneAndUpdate(
      { competitionId: input.competitionId, climberId: input.climberId, problemNo: input.problemNo },
      { $set: { ...input, judgeId: ctx.user.id, verified: false } },
      { upsert: true },
    );
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const verifyScore = headSetterProcedure
  .createServerAction()
  .input(z.object({ scoreId: objectId }))
  .handler(async ({ input }) => {
    await dbConnect();
    // ruleid: missing-authorization
    await Score.updateOne({ _id: input.scoreId }, { $set: { verified: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const finalizeCompetition = managerProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    await Competition.updateOne({ _id: input.competitionId, gymId: ctx.gymId }, { $set: { status: "final" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const addJudge = managerProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, judgeId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization, mass-assignment
    await Competition.updateOne({ _id: input.competitionId, gymId: ctx.gymId }, { $addToSet: { judgeIds: input.judgeId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const getCompetitionRegistrants = authedProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId }))
  .handler(async ({ input }) => {
    await dbConnect();
    // ruleid: missing-authorization
    const comp = await Competition.findById(input.competitionId).populate("registrants.userId").lean();
    // todoruleid: excessive-data-exposure -- known gap (pass 42, L): populated registrants sub-array of a lean doc returned, not traced
    return comp?.registrants ?? [];
  });

// Public leaderboard (no login needed).
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function getLeaderboard(competitionId: string) {
  const id = objectId.parse(competitionId);
  await dbConnect();
  const rows = await Score.aggregate<{ _id: string; tops: number; zones: number; attempts: number }>([
    { $match: { competitionId: id, verified: true } },
    { $group: { _id: "$climberId", tops: { $sum: { $cond: ["$top", 1, 0] } }, zones: { $sum: { $cond: ["$zone", 1, 0] } }, attempts: { $sum: "$attempts" } } },
    { $sort: { tops: -1, zones: -1, attempts: 1 } },
  ]);
  // ok: excessive-data-exposure
  return rows.map((r, i) => ({ place: i + 1, climberId: String(r._id), tops: r.tops, zones: r.zones, attempts: r.attempts }));
}
