"use server";

import { z } from "zod";
import { coachProcedure } from "@/lib/zsa";
import { requireRole } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { blastTeam } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { blastSchema } from "@/lib/validators";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendTeamBlast = coachProcedure
  .createServerAction()
  .input(blastSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const team = await prisma.team.findFirst({ where: { id: input.teamId, coachId: ctx.user.id }, select: { id: true } });
    if (!team) throw new Error("Not your team");
    const sent = await blastTeam(ctx.user.id, team.id, input.body);
    return { sent };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendGameDayReminder(formData: FormData) {
  const coach = await requireRole("coach");
  const { teamId, body } = blastSchema.parse({ teamId: formData.get("teamId"), body: formData.get("body") });
  // ok: missing-authorization
  const players = await prisma.player.findMany({ where: { teamId, team: { coachId: coach.id } }, select: { emergencyPhone: true } });
  for (const p of players) {
    if (p.emergencyPhone) await sendSms(p.emergencyPhone, `[Game day] ${body}`);
  }
  return { sent: players.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textParent(formData: FormData) {
  const coach = await requireRole("coach");
  const { success } = await ratelimit.limit(`text:${coach.id}`);
  if (!success) return { error: "Slow down" };
  const { playerId, body } = z.object({ playerId: z.string().cuid(), body: z.string().min(1).max(160) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const player = await prisma.player.findFirst({ where: { id: playerId, team: { coachId: coach.id } }, select: { emergencyPhone: true } });
  if (!player?.emergencyPhone) return { error: "No phone on file" };
  await sendSms(player.emergencyPhone, body);
  return { ok: true };
}

// Used by the Twilio status webhook; exported so the route can import it.
// ruleid: missing-rate-limit, missing-input-validation, missing-auth
export async function relaySms(to: string, body: string) {
  await sendSms(to, body);
  return { ok: true };
}
