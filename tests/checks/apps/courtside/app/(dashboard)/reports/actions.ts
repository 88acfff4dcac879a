"use server";

import { z } from "zod";
import { and, eq, or } from "drizzle-orm";
import { authActionClient, viewerActionClient } from "@/lib/safe-action";
import { ActionError } from "@/lib/errors";
import { connectMongo } from "@/lib/mongo";
import { MatchReport } from "@/models/MatchReport";
import { writeMatchReport } from "@/lib/ai";
import { ratelimit } from "@/lib/rate-limit";
import { requireUser } from "@/lib/session";
import { db } from "@/lib/db";
import { fixtures, teams } from "@/db/schema";
import { canManageTeam } from "@/lib/permissions";

const factsSchema = z.object({
  fixtureId: z.string().uuid(),
  notes: z.string().max(1000).optional(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const generateReport = authActionClient.schema(factsSchema).action(async ({ parsedInput, ctx }) => {
  const { success } = await ratelimit.limit(`ai:${ctx.user.id}`);
  if (!success) throw new ActionError("Daily AI limit reached");
  const fx = await db.query.fixtures.findFirst({ where: eq(fixtures.id, parsedInput.fixtureId), columns: { homeTeamId: true, awayTeamId: true, homeScore: true, awayScore: true } });
  if (!fx) throw new ActionError("Fixture not found");
  // ok: floating-auth-check
  const allowed = (await canManageTeam(ctx.user.id, fx.homeTeamId)) || (await canManageTeam(ctx.user.id, fx.awayTeamId));
  if (!allowed) throw new ActionError("Forbidden");
  const [home, away] = await Promise.all([
    db.query.teams.findFirst({ where: eq(teams.id, fx.homeTeamId), columns: { name: true, clubId: true } }),
    db.query.teams.findFirst({ where: eq(teams.id, fx.awayTeamId), columns: { name: true } }),
  ]);
  const body = await writeMatchReport({ home: home!.name, away: away!.name, score: `${fx.homeScore}-${fx.awayScore}`, notes: parsedInput.notes });
  await connectMongo();
  // ok: mass-assignment
  const doc = await MatchReport.create({ fixtureId: parsedInput.fixtureId, authorId: ctx.user.id, clubId: home!.clubId, body });
  return { id: String(doc._id), body };
});

// The public "preview a report" widget on team pages.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export const previewReport = viewerActionClient
  .schema(z.object({ home: z.string().max(60), away: z.string().max(60), score: z.string().regex(/^\d{1,2}-\d{1,2}$/) }))
  .action(async ({ parsedInput }) => {
    const text = await writeMatchReport(parsedInput);
    return { text };
  });

// ok: missing-auth, missing-input-validation
export async function publishReport(formData: FormData) {
  const user = await requireUser();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(formData.get("reportId"));
  await connectMongo();
  // ok: missing-authorization
  await MatchReport.findOneAndUpdate({ _id: id, authorId: user.id }, { published: true });
}

// ok: missing-auth, missing-input-validation
export async function editReport(formData: FormData) {
  const user = await requireUser();
  const id = formData.get("reportId");
  const body = formData.get("body");
  if (typeof id !== "string" || typeof body !== "string" || body.length > 20000) throw new Error("Invalid");
  await connectMongo();
  console.log(`report ${id} edited by ${user.id}`);
  // ruleid: missing-authorization
  await MatchReport.findByIdAndUpdate(id, { body });
}

// ok: missing-auth, missing-input-validation
export async function getReportDraft(reportId: string) {
  const user = await requireUser();
  if (typeof reportId !== "string" || !/^[a-f0-9]{24}$/.test(reportId)) throw new Error("Invalid id");
  await connectMongo();
  // ok: missing-authorization
  const doc = await MatchReport.findOne({ _id: reportId, authorId: user.id }).lean();
  // ruleid: excessive-data-exposure
  return doc;
}

// ok: missing-auth, missing-input-validation
export async function getPublishedReports(fixtureId: string) {
  z.string().uuid().parse(fixtureId);
  await connectMongo();
  const docs = await MatchReport.find({ fixtureId, published: true }).select("title body fixtureId").lean();
  // ok: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function deleteReport(reportId: string) {
  const user = await requireUser();
  z.string().regex(/^[a-f0-9]{24}$/).parse(reportId);
  await connectMongo();
  const doc = await MatchReport.findById(reportId).select("authorId clubId").lean<{ authorId: string; clubId: string }>();
  // ok: information-disclosure
  if (!doc) return { ok: false };
  if (doc.authorId !== user.id) throw new Error("Forbidden");
  // ok: missing-authorization
  await MatchReport.deleteOne({ _id: reportId });
  return { ok: true };
}
