"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { validateRequest, lucia } from "@/lib/auth/lucia";
import { db } from "@/lib/db/drizzle";
import { apprentices, otjLogs, users, evidence } from "@/lib/db/schema";
import { strictLimit, getClientIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

// Apprentice self-service portal (Lucia sessions).

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function apprenticeSignIn(_prev: unknown, formData: FormData) {
  const ip = await getClientIp();
  const { success } = await strictLimit.limit(`portal-login:${ip}`);
  if (!success) return { error: "Too many attempts" };
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  const [u] = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  // ok: timing-unsafe-comparison
  const valid = u?.passwordHash ? await bcrypt.compare(password, u.passwordHash) : false;
  if (!valid) {
    logger.warn("portal.login_failed", { email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  const session = await lucia.createSession(u!.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  logger.info("portal.login", { userId: u!.id });
  redirect("/portal");
}

// ok: missing-auth, missing-input-validation
export async function logMyHours(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/sign-in");
  const input = z.object({ minutes: z.coerce.number().int().min(15).max(600), activity: z.string().min(3).max(500) }).parse(Object.fromEntries(formData));
  const [me] = await db.select({ id: apprentices.id, orgId: apprentices.orgId }).from(apprentices).where(eq(apprentices.userId, user.id));
  if (!me) return { error: "No apprenticeship found" };
  // ok: mass-assignment, missing-authorization
  await db.insert(otjLogs).values({ ...input, apprenticeId: me.id, orgId: me.orgId, createdBy: user.id });
  return { ok: true };
}

// ruleid: missing-auth
export async function myHours() {
  const { user } = await validateRequest();
  const [me] = await db.select({ id: apprentices.id }).from(apprentices).where(eq(apprentices.userId, user?.id ?? ""));
  const rows = await db.select({ minutes: otjLogs.minutes, activity: otjLogs.activity, approved: otjLogs.approved }).from(otjLogs).where(eq(otjLogs.apprenticeId, me?.id ?? ""));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ok: missing-input-validation
export async function withdrawEvidence(evidenceId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (typeof evidenceId !== "string" || !/^[0-9a-f-]{36}$/.test(evidenceId)) throw new Error("Bad id");
  const [me] = await db.select({ id: apprentices.id }).from(apprentices).where(eq(apprentices.userId, user.id));
  if (!me) throw new Error("Not an apprentice");
  // ok: missing-authorization
  await db.delete(evidence).where(and(eq(evidence.id, evidenceId), eq(evidence.apprenticeId, me.id), eq(evidence.status, "submitted")));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMyDetails(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const body = Object.fromEntries(formData);
  await db
    .update(apprentices)
    // ruleid: mass-assignment
    .set({ ...body })
    // ok: missing-authorization
    .where(eq(apprentices.userId, user.id));
  return { ok: true };
}

// ok: missing-auth
export async function apprenticeSignOut() {
  const { session } = await validateRequest();
  if (!session) return;
  await lucia.invalidateSession(session.id);
  redirect("/portal/sign-in");
}
