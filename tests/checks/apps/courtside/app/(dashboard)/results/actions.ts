"use server";

import { and, eq, inArray, or } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { fixtures, teams } from "@/db/schema";
import { checkClubAccess } from "@/lib/guards";
import { resultSchema } from "@/lib/validation";

type State = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation
export async function confirmResult(_prev: State, formData: FormData): Promise<State> {
  const parsed = resultSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid score" };
  const clubId = resultSchema.shape.fixtureId.parse(formData.get("clubId"));
  const access = await checkClubAccess(clubId, ["owner", "admin", "coach"]);
  if ("error" in access) return { error: access.error };
  const clubTeams = await db.select({ id: teams.id }).from(teams).where(eq(teams.clubId, clubId));
  const ids = clubTeams.map((t) => t.id);
  const fixture = await db.query.fixtures.findFirst({ where: eq(fixtures.id, parsed.data.fixtureId), columns: { homeTeamId: true, awayTeamId: true } });
  // ok: information-disclosure
  if (!fixture || (!ids.includes(fixture.homeTeamId) && !ids.includes(fixture.awayTeamId))) return { error: "Not your fixture" };
  // ok: missing-authorization, mass-assignment -- gap judge pass 27, W-H, fixed in pass 27
  await db.update(fixtures).set({ status: "confirmed" }).where(eq(fixtures.id, parsed.data.fixtureId));
  revalidatePath("/results");
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function disputeResult(_prev: State, formData: FormData): Promise<State> {
  const parsed = resultSchema.pick({ fixtureId: true }).safeParse({ fixtureId: formData.get("fixtureId") });
  if (!parsed.success) return { error: "Invalid fixture" };
  const clubId = resultSchema.shape.fixtureId.parse(formData.get("clubId"));
  await checkClubAccess(clubId);
  await db.update(fixtures).set({ status: "disputed" }).where(eq(fixtures.id, parsed.data.fixtureId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawDispute(_prev: State, formData: FormData): Promise<State> {
  const fixtureId = resultSchema.shape.fixtureId.parse(formData.get("fixtureId"));
  const clubId = resultSchema.shape.fixtureId.parse(formData.get("clubId"));
  const { error } = await checkClubAccess(clubId);
  if (error) return { error };
  const clubTeams = db.select({ id: teams.id }).from(teams).where(eq(teams.clubId, clubId));
  // ok: missing-authorization -- gap judge pass 27, W-H, fixed in pass 27
  await db.update(fixtures).set({ status: "confirmed" }).where(and(eq(fixtures.id, fixtureId), eq(fixtures.status, "disputed"), or(inArray(fixtures.homeTeamId, clubTeams), inArray(fixtures.awayTeamId, clubTeams))));
  return { ok: true };
}
