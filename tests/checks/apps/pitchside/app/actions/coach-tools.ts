"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedProcedure } from "@/lib/zsa";
import { requireUser, requireRole } from "@/lib/auth/session";
import { isCoachOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

const moveSchema = z.object({ fromTeamId: z.string().cuid(), toTeamId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function moveRoster(formData: FormData) {
  const user = await requireUser();
  const { fromTeamId, toTeamId } = moveSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isCoachOf(user, fromTeamId) || !(await isCoachOf(user, toTeamId))) throw new Error("Forbidden");
  // ruleid: missing-authorization -- an awaited guard of toTeamId in the same condition does not cover fromTeamId, whose guard floats (fixed in pass 42)
  await prisma.player.updateMany({ where: { teamId: fromTeamId }, data: { teamId: toTeamId } });
  revalidatePath("/dashboard/teams");
}

// ok: missing-auth, missing-input-validation
export const setCaptain = authedProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid(), playerId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isCoachOf(ctx.user, input.teamId))) throw new Error("Forbidden");
    // ok: missing-authorization, mass-assignment
    await prisma.player.updateMany({ where: { id: input.playerId, teamId: input.teamId }, data: { jerseyNumber: 1 } });
    return { ok: true };
  });

// spreadsheet paste from the roster page
// ok: missing-auth
// ruleid: missing-input-validation
export async function bulkUpdatePlayers(formData: FormData) {
  const coach = await requireRole("coach");
  const rows = JSON.parse(String(formData.get("rows") ?? "[]")) as Array<Record<string, unknown> & { id: string }>;
  for (const row of rows) {
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.player.updateMany({ where: { id: row.id, team: { coachId: coach.id } }, data: { ...row } });
  }
  return { updated: rows.length };
}

// coaches approve parents who asked to join their team
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function approveJoinRequest(formData: FormData) {
  const coach = await requireRole("coach");
  // ruleid: mass-assignment
  await prisma.membership.create({ data: { leagueId: coach.leagueId, userId: formData.get("userId") as string, role: formData.get("role") as string } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function deleteSmsBlast(blastId: string) {
  const id = z.string().cuid().parse(blastId);
  await prisma.smsBlast.delete({ where: { id } });
  // checked after the delete already ran
  await requireUser();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myBlasts() {
  const user = await requireUser();
  const rows = await prisma.smsBlast.findMany({ where: { senderId: user.id }, select: { id: true, body: true, sentCount: true, createdAt: true } });
  // ok: excessive-data-exposure
  return rows;
}
