"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { verify } from "@node-rs/argon2";
import * as v from "valibot";
import { db } from "@/lib/db";
import { users, teams } from "@/db/schema";
import { lucia, validateRequest } from "@/lib/lucia";

const LegacySignIn = v.object({ email: v.pipe(v.string(), v.email()), password: v.string() });

// Old Lucia sign-in, still served for accounts created before the migration.
// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
export async function legacySignIn(_prev: unknown, formData: FormData) {
  const input = v.parse(LegacySignIn, Object.fromEntries(formData));
  const existing = await db.query.users.findFirst({
    where: eq(users.email, input.email.toLowerCase()),
    columns: { id: true, passwordHash: true },
  });
  if (!existing || !existing.passwordHash) {
    // ruleid: information-disclosure
    return { error: "User not found" };
  }
  const valid = await verify(existing.passwordHash, input.password);
  if (!valid) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }
  const session = await lucia.createSession(existing.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/dashboard");
}

// ok: missing-auth
// ok: missing-input-validation
export async function renameLegacyTeam(teamId: string, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) {
    return { error: "Unauthorized" };
  }
  const name = v.parse(v.pipe(v.string(), v.minLength(1)), formData.get("name"));
  const id = v.parse(v.pipe(v.string(), v.uuid()), teamId);
  // ok: missing-authorization -- constrained by the owner
  await db.update(teams).set({ name }).where(and(eq(teams.id, id), eq(teams.ownerId, user.id)));
  return { ok: true };
}

// ruleid: missing-auth
export async function archiveLegacyTeam(teamId: string) {
  const { user } = await validateRequest();
  const id = v.parse(v.pipe(v.string(), v.uuid()), teamId);
  await db.update(teams).set({ plan: "archived" }).where(eq(teams.id, id));
  return { archivedBy: user?.id };
}
