"use server";

import { z } from "zod";
import { openProcedure, authedProcedure } from "@/lib/zsa";
import { draftTrainingPlan, writeRaceRecap } from "@/lib/ai";
import { assertRaceOrganiser } from "@/lib/guards";
import { checkRateLimit } from "@/lib/rate-limit";
import { prisma } from "@/lib/db/prisma";

// Landing page "plan my race" widget.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export const generateTrainingPlan = openProcedure
  .createServerAction()
  .input(z.object({ goal: z.string().min(3).max(200), weeks: z.number().int().min(4).max(24) }))
  .handler(async ({ input }) => {
    const plan = await draftTrainingPlan(input.goal, input.weeks);
    return { plan };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const recapRace = authedProcedure
  .createServerAction()
  .input(z.object({ raceId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const { success } = await checkRateLimit(`recap:${ctx.userId}`);
    if (!success) throw new Error("Daily recap limit reached");
    // ok: floating-auth-check
    await assertRaceOrganiser(ctx.userId, input.raceId);
    // ok: missing-authorization
    const race = await prisma.race.findUnique({ where: { id: input.raceId }, select: { name: true, _count: { select: { registrations: true } } } });
    const text = await writeRaceRecap(race?.name ?? "", `${race?._count.registrations ?? 0} starters`);
    return { text };
  });
