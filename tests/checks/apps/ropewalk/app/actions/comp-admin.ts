"use server";

import { z } from "zod";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import Score from "@/models/Score";
import User from "@/models/User";
import { managerProcedure, headSetterProcedure, publicProcedure } from "@/lib/procedures";
import { objectId } from "@/lib/validation";
import { sendMail } from "@/lib/mail";
import { warehouse } from "@/lib/warehouse";
import bcrypt from "bcryptjs";

// Paste results from the old spreadsheet scorer.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const importResults = managerProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, rows: z.array(z.record(z.string(), z.unknown())).max(2000) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    const comp = await Competition.exists({ _id: input.competitionId, gymId: ctx.gymId });
    if (!comp) return { error: "Unknown competition." };
    // ruleid: mass-assignment
    await Score.insertMany(input.rows.map((r) => ({ ...r, competitionId: input.competitionId })));
    return { imported: input.rows.length };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const setJudgePin = managerProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, pin: z.string().regex(/^\d{6}$/) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    await Competition.updateOne({ _id: input.competitionId, gymId: ctx.gymId }, { $set: { judgePin: await bcrypt.hash(input.pin, 10) } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const deleteCompetition = headSetterProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId }))
  .handler(async ({ input }) => {
    await dbConnect();
    // ruleid: missing-authorization
    await Competition.deleteOne({ _id: input.competitionId });
    await Score.deleteMany({ competitionId: input.competitionId });
    return { ok: true };
  });

// managerProcedure rate limits (mail bucket) and audits.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const emailRegistrants = managerProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, subject: z.string().max(120), body: z.string().max(5000) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    const comp = await Competition.findOne({ _id: input.competitionId, gymId: ctx.gymId }).select("registrants").lean();
    if (!comp) return { error: "Unknown competition." };
    const users = await User.find({ _id: { $in: comp.registrants.map((r) => r.userId) } }).select("email").lean();
    for (const u of users) await sendMail({ to: u.email, subject: input.subject, text: input.body });
    return { sent: users.length };
  });

// headSetterProcedure audits but does not rate limit.
// ruleid: missing-rate-limit
export const announceResults = headSetterProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    const comp = await Competition.findOne({ _id: input.competitionId, gymId: ctx.gymId }).select("title registrants").lean();
    if (!comp) return { error: "Unknown competition." };
    const users = await User.find({ _id: { $in: comp.registrants.map((r) => r.userId) } }).select("email").lean();
    for (const u of users) await sendMail({ to: u.email, subject: `Results: ${comp.title}`, text: `${process.env.NEXTAUTH_URL}/competitions/${input.competitionId}` });
    return { sent: users.length };
  });

// Public stats widget on the comp page.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const compCategoryStats = publicProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, category: z.string().max(20) }))
  .handler(async ({ input }) => {
    // ruleid: sql-injection
    const { rows } = await warehouse.query(`SELECT problem_no, tops, zones FROM comp_problem_stats WHERE comp_id = $1 AND category = '${input.category}'`, [input.competitionId]);
    return rows.map((r) => ({ problemNo: Number(r.problem_no), tops: Number(r.tops), zones: Number(r.zones) }));
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const compProblemStats = publicProcedure
  .createServerAction()
  .input(z.object({ competitionId: objectId, category: z.enum(["youth", "open", "masters", "adaptive"]) }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    const { rows } = await warehouse.query("SELECT problem_no, tops, zones FROM comp_problem_stats WHERE comp_id = $1 AND category = $2", [input.competitionId, input.category]);
    return rows.map((r) => ({ problemNo: Number(r.problem_no), tops: Number(r.tops), zones: Number(r.zones) }));
  });
