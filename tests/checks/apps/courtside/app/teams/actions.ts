"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { viewerActionClient, actionClient, authActionClient } from "@/lib/safe-action";
import { db } from "@/lib/db";
import { follows, teams, fixtures } from "@/db/schema";

// "Follow" button on the public team page.
// ok: missing-input-validation
// ruleid: missing-auth
export const followTeam = viewerActionClient.schema(z.object({ teamId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  await db.insert(follows).values({ userId: ctx.userId as string, teamId: parsedInput.teamId });
  return { following: true };
});

// ok: missing-input-validation, missing-auth
export const unfollowTeam = authActionClient.schema(z.object({ teamId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await db.delete(follows).where(and(eq(follows.userId, ctx.user.id), eq(follows.teamId, parsedInput.teamId)));
  return { following: false };
});

// ok: missing-auth, missing-input-validation
export const teamFixtures = actionClient.schema(z.object({ teamId: z.string().uuid() })).action(async ({ parsedInput }) => {
  const rows = await db
    .select({ id: fixtures.id, kickoff: fixtures.kickoff, homeScore: fixtures.homeScore, awayScore: fixtures.awayScore, status: fixtures.status })
    .from(fixtures)
    .where(eq(fixtures.homeTeamId, parsedInput.teamId));
  // ok: excessive-data-exposure
  return rows;
});
