"use server";

import { z } from "zod";
import * as v from "valibot";
import { adminProcedure } from "@/lib/zsa";
import { requireRole, requireLeagueAdmin } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { logAudit } from "@/lib/audit";

// SMS to the referee; adminProcedure rate limits and audits
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const assignReferee = adminProcedure
  .createServerAction()
  .input(z.object({ matchId: z.string().cuid(), refereeId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const match = await prisma.match.findFirst({ where: { id: input.matchId, leagueId: ctx.leagueId }, select: { id: true, kickoff: true, field: true } });
    if (!match) throw new Error("Match not found");
    await prisma.match.update({ where: { id: match.id }, data: { refereeId: input.refereeId } }); // ruleid: mass-assignment
    const ref = await prisma.profile.findUnique({ where: { id: input.refereeId }, select: { phone: true } });
    if (ref?.phone) await sendSms(ref.phone, `Pitchside: you're refereeing ${match.field} at ${match.kickoff.toISOString()}`);
    return { ok: true };
  });

const Reschedule = v.object({
  matchId: v.pipe(v.string(), v.minLength(10)),
  kickoff: v.pipe(v.string(), v.isoTimestamp()),
  field: v.pipe(v.string(), v.maxLength(60)),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rescheduleMatch(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const input = v.parse(Reschedule, Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.match.updateMany({ where: { id: input.matchId, leagueId: admin.leagueId }, data: { kickoff: new Date(input.kickoff), field: input.field } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "match.rescheduled", target: input.matchId });
}

// ok: missing-auth, missing-input-validation
export async function getMatchForEdit(matchId: string) {
  const coach = await requireRole("coach");
  const id = z.string().cuid().parse(matchId);
  // ok: missing-authorization
  const match = await prisma.match.findFirst({ where: { id, leagueId: coach.leagueId } });
  // ruleid: excessive-data-exposure
  return match;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function setMatchStatus(matchId: string, status: string) {
  const ref = await requireRole("referee");
  // ok: missing-authorization
  await prisma.match.updateMany({ where: { id: matchId, refereeId: ref.id }, data: { status } });
  return { ok: true };
}

const MatchRow = v.object({
  homeTeamId: v.pipe(v.string(), v.minLength(10)),
  awayTeamId: v.pipe(v.string(), v.minLength(10)),
  kickoff: v.pipe(v.string(), v.isoTimestamp()),
  field: v.pipe(v.string(), v.maxLength(60)),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function bulkCreateMatches(rows: unknown) {
  const admin = await requireLeagueAdmin();
  const parsed = v.safeParse(v.pipe(v.array(MatchRow), v.maxLength(200)), rows);
  if (!parsed.success) return { error: "Check the spreadsheet columns" };
  // ok: mass-assignment
  const res = await prisma.match.createMany({ data: parsed.output.map((r) => ({ ...r, kickoff: new Date(r.kickoff), leagueId: admin.leagueId })) });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "match.bulk_created", meta: { count: res.count } });
  return { created: res.count };
}
