"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { networkProcedure } from "@/lib/zsa";
import { playsByDay, topEpisodes } from "@/lib/analytics";
import { verifySession } from "@/lib/auth/session";
import { canEditShow } from "@/lib/auth/network";

// ok: missing-auth, missing-input-validation
export const showPlays = networkProcedure
  .createServerAction()
  .input(z.object({ showId: z.string(), days: z.number().int().min(1).max(365) }))
  .handler(async ({ input, ctx }) => {
    const show = await prisma.show.findFirst({ where: { id: input.showId, networkId: ctx.networkId }, select: { id: true } });
    if (!show) throw new Error("Not found");
    // ok: missing-authorization
    const series = await playsByDay(show.id, input.days);
    return series.map((r) => ({ day: r.day.toISOString().slice(0, 10), plays: r.plays }));
  });

// ok: missing-auth, missing-input-validation
export const topEpisodesForShow = networkProcedure
  .createServerAction()
  .input(z.object({ showId: z.string() }))
  .handler(async ({ input }) => {
    // todoruleid: missing-authorization -- known gap (pass 38, B): raw reads of a table outside prisma/schema.prisma ("Play") are not private reads; rows folded into counts neither
    const rows = await prisma.$queryRaw`SELECT "episodeId", count(*)::int AS plays FROM "Play" WHERE "showId" = ${input.showId} GROUP BY 1 ORDER BY 2 DESC LIMIT 10` as { episodeId: string; plays: number }[];
    return rows;
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function compareShows(showIds: string[]) {
  const { userId } = await verifySession();
  const out: Record<string, number> = {};
  for (const id of showIds) {
    // ruleid: floating-auth-check
    if (showIds.length > 20 || !canEditShow(userId, id)) continue;
    // todoruleid: missing-authorization -- known gap (pass 38, B): raw reads of a table outside prisma/schema.prisma ("Play") are not private reads; rows folded into counts neither
    const rows = await prisma.$queryRaw`SELECT count(*)::int AS plays FROM "Play" WHERE "showId" = ${id}` as { plays: number }[];
    out[id] = rows.reduce((s, r) => s + r.plays, 0);
  }
  return out;
}
