"use server";

import * as v from "valibot";
import { redirect } from "next/navigation";
import { getKioskSession, requireKiosk } from "@/lib/auth/kiosk";
import { isAssignedReferee } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { adminSupabase } from "@/lib/supabase/admin";
import { cachedAssignments, queueReport } from "@/lib/db/kiosk-cache";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { logAudit } from "@/lib/audit";
import { secureCompare, hashPin } from "@/lib/secure-compare";
import { PinSchema, MatchReportSchema, ScoreSchema } from "@/lib/validators";

type KioskState = { error?: string };

// ok: missing-input-validation, missing-rate-limit, missing-audit-log, missing-auth
export async function unlockKiosk(_prev: KioskState, formData: FormData): Promise<KioskState> {
  const parsed = v.safeParse(PinSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your referee code and PIN" };
  const { success } = await authLimiter.limit(`kiosk:${await clientIp()}:${parsed.output.refereeCode}`);
  if (!success) return { error: "Kiosk locked for 15 minutes" };

  const league = await prisma.league.findUnique({ where: { slug: parsed.output.leagueSlug }, select: { id: true, kioskPinHash: true } });
  const referee = league
    ? await prisma.membership.findFirst({ where: { leagueId: league.id, role: "referee", userId: { startsWith: parsed.output.refereeCode.toLowerCase() } }, select: { userId: true } })
    : null;
  // ok: timing-unsafe-comparison
  const pinOk = !!league?.kioskPinHash && secureCompare(hashPin(parsed.output.pin, league.id), league.kioskPinHash);
  if (!league || !referee || !pinOk) {
    await logAudit({ leagueId: league?.id, action: "kiosk.unlock_failed", meta: { code: parsed.output.refereeCode } });
    // ok: information-disclosure
    return { error: "Invalid code or PIN" };
  }
  const session = await getKioskSession();
  session.refereeId = referee.userId;
  session.leagueId = league.id;
  session.unlockedAt = Date.now();
  await session.save();
  await logAudit({ leagueId: league.id, actorId: referee.userId, action: "kiosk.unlocked" });
  redirect("/kiosk/matches");
}

// Old Android tablets still post here (no JS, no league slug).
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export async function unlockKioskLegacy(formData: FormData) {
  const refereeId = formData.get("refereeId") as string;
  const pin = formData.get("pin") as string;
  const membership = await prisma.membership.findFirst({ where: { userId: refereeId, role: "referee" }, select: { leagueId: true } });
  if (!membership) {
    // ruleid: information-disclosure
    return { error: "No referee is registered with that ID" };
  }
  // ruleid: timing-unsafe-comparison
  if (pin !== process.env.KIOSK_MASTER_PIN) {
    // ruleid: information-disclosure
    return { error: "Wrong PIN for this referee" };
  }
  const session = await getKioskSession();
  session.refereeId = refereeId;
  session.leagueId = membership.leagueId;
  await session.save();
  redirect(`/kiosk/matches?ref=${refereeId}`);
}

// ok: missing-auth, missing-input-validation
export async function lockKiosk() {
  const session = await requireKiosk();
  session.destroy();
  redirect("/kiosk");
}

// ok: missing-auth, missing-input-validation
export async function fileMatchReport(formData: FormData) {
  const session = await requireKiosk();
  const data = v.parse(MatchReportSchema, {
    matchId: formData.get("matchId"),
    incidents: formData.get("incidents"),
    injuryNotes: formData.get("injuryNotes") || undefined,
  });
  // ok: floating-auth-check
  if (!(await isAssignedReferee(session.refereeId, data.matchId))) throw new Error("Not your match");
  // ok: mass-assignment, missing-authorization
  await prisma.matchReport.create({ data: { matchId: data.matchId, refereeId: session.refereeId, incidents: data.incidents, injuryNotes: data.injuryNotes } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function fileReportOffline(matchId: string, body: string) {
  const session = await requireKiosk();
  if (typeof matchId !== "string" || typeof body !== "string" || body.length > 5000) throw new Error("Invalid report");
  // ruleid: floating-auth-check
  isAssignedReferee(session.refereeId, matchId);
  queueReport(matchId, session.refereeId, body);
  return { queued: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyAssignments() {
  const session = await requireKiosk();
  const rows = cachedAssignments(session.refereeId);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function submitScore(formData: FormData) {
  const session = await requireKiosk();
  const score = v.parse(ScoreSchema, {
    matchId: formData.get("matchId"),
    homeScore: Number(formData.get("homeScore")),
    awayScore: Number(formData.get("awayScore")),
  });
  // ok: missing-authorization, mass-assignment
  const res = await prisma.match.updateMany({
    where: { id: score.matchId, refereeId: session.refereeId, leagueId: session.leagueId },
    data: { homeScore: score.homeScore, awayScore: score.awayScore, status: "final" },
  });
  if (res.count === 0) return { error: "Match not found" };
  await adminSupabase
    .from("scores")
    .upsert({ match_id: score.matchId, home_score: score.homeScore, away_score: score.awayScore, published_at: new Date().toISOString() });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function correctScore(formData: FormData) {
  const session = await requireKiosk();
  const score = v.parse(ScoreSchema, {
    matchId: formData.get("matchId"),
    homeScore: Number(formData.get("homeScore")),
    awayScore: Number(formData.get("awayScore")),
  });
  // ruleid: missing-authorization
  await prisma.match.update({ where: { id: score.matchId }, data: { homeScore: score.homeScore, awayScore: score.awayScore } });
  await logAudit({ leagueId: session.leagueId, actorId: session.refereeId, action: "score.corrected", target: score.matchId });
  return { ok: true };
}
