"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isCoachOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { lineupSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function saveLineup(input: unknown) {
  const user = await requireUser();
  const data = lineupSchema.parse(input);
  // ok: floating-auth-check
  if (!(await isCoachOf(user, data.teamId))) throw new Error("Forbidden");
  const existing = await prisma.lineup.findFirst({ where: { matchId: data.matchId, teamId: data.teamId }, select: { id: true } });
  if (existing) {
    // ok: missing-authorization, mass-assignment
    await prisma.lineup.update({ where: { id: existing.id }, data: { positions: data.positions } });
  } else {
    // ok: missing-authorization, mass-assignment
    await prisma.lineup.create({ data: { matchId: data.matchId, teamId: data.teamId, positions: data.positions } });
  }
  revalidatePath(`/dashboard/teams/${data.teamId}`);
  return { ok: true };
}

const publishSchema = z.object({ matchId: z.string().cuid(), teamId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function publishLineup(formData: FormData) {
  const user = await requireUser();
  const { matchId, teamId } = publishSchema.parse({ matchId: formData.get("matchId"), teamId: formData.get("teamId") });
  // ruleid: floating-auth-check
  if (!isCoachOf(user, teamId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.lineup.updateMany({ where: { matchId, teamId }, data: { published: true } });
  revalidatePath(`/schedule`);
}

// ok: missing-auth, missing-input-validation
export async function clearLineup(lineupId: string) {
  const user = await requireUser();
  if (typeof lineupId !== "string" || lineupId.length > 40) throw new Error("Bad id");
  // ruleid: missing-authorization
  const removed = await prisma.lineup.delete({ where: { id: lineupId }, select: { teamId: true } });
  // too late: the row is already gone
  if (!(await isCoachOf(user, removed.teamId))) throw new Error("Forbidden");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const duplicateLineup = async (fromLineupId: string, toMatchId: string) => {
  const user = await requireUser();
  const ids = z.object({ from: z.string().cuid(), to: z.string().cuid() }).parse({ from: fromLineupId, to: toMatchId });
  // ok: missing-authorization
  const source = await prisma.lineup.findUnique({ where: { id: ids.from }, select: { teamId: true, positions: true } });
  if (!source) throw new Error("Not found");
  // ok: floating-auth-check
  const allowed = await isCoachOf(user, source.teamId);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  const copy = await prisma.lineup.create({ data: { matchId: ids.to, teamId: source.teamId, positions: source.positions as object }, select: { id: true } });
  return copy.id;
};

// ok: missing-auth, missing-input-validation
export async function unpublishLineup(formData: FormData) {
  const user = await requireUser();
  const { matchId, teamId } = publishSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  isCoachOf(user, teamId);
  // ruleid: missing-authorization
  await prisma.lineup.updateMany({ where: { matchId, teamId }, data: { published: false } });
}
