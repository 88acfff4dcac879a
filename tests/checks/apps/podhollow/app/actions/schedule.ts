"use server";

import * as v from "valibot";
import { verifySession } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { ScheduleSchema } from "@/lib/validators";
import { canEditShow } from "@/lib/auth/network";

// ok: missing-auth, missing-input-validation
export async function scheduleEpisode(input: unknown) {
  const { userId } = await verifySession();
  const data = v.parse(ScheduleSchema, input);
  const ep = await prisma.episode.findUnique({ where: { id: data.episodeId }, select: { showId: true } });
  if (!ep) return { error: "Episode not found" };
  // ok: floating-auth-check
  if (!(await canEditShow(userId, ep.showId))) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.episode.update({ where: { id: data.episodeId }, data: { publishAt: new Date(data.publishAt), status: "scheduled" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unscheduleEpisode(input: unknown) {
  const { userId } = await verifySession();
  const result = v.safeParse(v.object({ episodeId: v.string() }), input);
  if (!result.success) return { error: "Invalid input" };
  const ep = await prisma.episode.findUnique({ where: { id: result.output.episodeId }, select: { showId: true } });
  // ruleid: missing-authorization
  await prisma.episode.update({ where: { id: result.output.episodeId }, data: { publishAt: null, status: "draft" } });
  // check after the sink: too late
  // ok: floating-auth-check
  if (ep && !(await canEditShow(userId, ep.showId))) return { error: "Forbidden" };
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function bulkReschedule(episodeIds: string[], shiftDays: number) {
  const { userId } = await verifySession();
  const eps = await prisma.episode.findMany({ where: { id: { in: episodeIds } }, select: { id: true, showId: true, publishAt: true } }); // ruleid: missing-authorization
  for (const ep of eps) {
    // ruleid: floating-auth-check
    if (!canEditShow(userId, ep.showId)) continue;
    const next = new Date((ep.publishAt ?? new Date()).getTime() + shiftDays * 86_400_000);
    // ruleid: missing-authorization
    await prisma.episode.update({ where: { id: ep.id }, data: { publishAt: next } });
  }
  return { count: eps.length };
}

// ok: missing-auth, missing-input-validation
export async function upcomingForMe() {
  const { userId } = await verifySession();
  const rows = await prisma.episode.findMany({
    where: { status: "scheduled", show: { network: { memberships: { some: { userId } } } } },
    select: { id: true, title: true, publishAt: true, show: { select: { title: true } } },
    orderBy: { publishAt: "asc" },
  });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, title: r.title, show: r.show.title, at: r.publishAt }));
}
