"use server";

import { headers } from "next/headers";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { teams } from "@/db/schema";
import { isTeamAdmin } from "@/lib/team";
import { ActivityEvent, connectMongo } from "@/lib/mongo";

const TeamNameSchema = v.object({ teamId: v.pipe(v.string(), v.uuid()), name: v.pipe(v.string(), v.minLength(1)) });

// ruleid: missing-auth
export async function renameTeam(formData: FormData) {
  // ruleid: floating-auth-check
  if (!auth.api.getSession({ headers: await headers() })) {
    throw new Error("Unauthorized");
  }
  const input = v.parse(TeamNameSchema, Object.fromEntries(formData));
  await db.update(teams).set({ name: input.name }).where(eq(teams.id, input.teamId));
}

// ok: missing-auth
export async function setTeamLogo(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const input = v.parse(v.object({ teamId: v.pipe(v.string(), v.uuid()), logoUrl: v.pipe(v.string(), v.url()) }), Object.fromEntries(formData));
  // ruleid: floating-auth-check
  const allowed = isTeamAdmin(session.user.id, input.teamId) ? true : false;
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(teams).set({ name: input.logoUrl }).where(eq(teams.id, input.teamId));
}

// ok: missing-auth
export async function renameTeamChecked(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const input = v.parse(TeamNameSchema, Object.fromEntries(formData));
  // ok: floating-auth-check -- awaited through .then
  const allowed = await isTeamAdmin(session.user.id, input.teamId).then((ok) => ok);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(teams).set({ name: input.name }).where(and(eq(teams.id, input.teamId)));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function trackEvent(payload: { type: string; meta?: Record<string, string> }) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return;
  await connectMongo();
  // ruleid: mass-assignment
  await ActivityEvent.create({ ...payload, userId: session.user.id });
}
