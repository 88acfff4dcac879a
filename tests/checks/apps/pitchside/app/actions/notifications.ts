"use server";

import { z } from "zod";
import { coachProcedure } from "@/lib/zsa";
import { requireRole, requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function emailTeamParents(teamId: string, subject: string, html: string) {
  const coach = await requireRole("coach");
  // ok: missing-authorization
  const team = await prisma.team.findFirst({ where: { id: teamId, coachId: coach.id }, select: { id: true } });
  if (!team) throw new Error("Not your team");
  const players = await prisma.player.findMany({ where: { teamId: team.id }, select: { parentId: true } });
  const parents = await prisma.profile.findMany({ where: { id: { in: players.map((p) => p.parentId) } }, select: { email: true } });
  for (const p of parents) await sendEmail(p.email, subject, html);
  return { sent: parents.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const notifyMatchMoved = coachProcedure
  .createServerAction()
  .input(z.object({ matchId: z.string().cuid(), note: z.string().max(500) }))
  .handler(async ({ input, ctx }) => {
    const { success } = await ratelimit.limit(`match-moved:${ctx.user.id}`);
    if (!success) throw new Error("Too many notices");
    // ok: missing-authorization
    const match = await prisma.match.findFirst({ where: { id: input.matchId, leagueId: ctx.leagueId }, select: { refereeId: true, kickoff: true } });
    if (!match?.refereeId) return { sent: 0 };
    const ref = await prisma.profile.findUnique({ where: { id: match.refereeId }, select: { email: true } });
    if (ref) await sendEmail(ref.email, "Match moved", `<p>${input.note}</p>`);
    return { sent: ref ? 1 : 0 };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailReferee(formData: FormData) {
  const user = await requireUser();
  const { matchId, message } = z.object({ matchId: z.string().cuid(), message: z.string().min(1).max(1000) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const match = await prisma.match.findFirst({ where: { id: matchId, leagueId: user.leagueId ?? "" }, select: { refereeId: true } });
  const ref = match?.refereeId ? await prisma.profile.findUnique({ where: { id: match.refereeId }, select: { email: true } }) : null;
  if (!ref) return { error: "No referee assigned" };
  await sendEmail(ref.email, "Message from a coach", `<p>${message}</p>`);
  // counted after the send: does not stop the send
  await ratelimit.limit(`email-ref:${user.id}`);
  return { ok: true };
}
