"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { cookies } from "next/headers";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db";
import { players, teams, users } from "@/db/schema";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mailer";
import { checkRateLimit, rateLimitByIp } from "@/lib/rate-limit";
import { newToken } from "@/lib/tokens";
import { getUser } from "@/lib/users";

const NotesSchema = v.object({ playerId: v.pipe(v.string(), v.uuid()), notes: v.pipe(v.string(), v.maxLength(2000)) });

// ok: missing-auth, missing-input-validation
export async function updateChildNotes(formData: FormData) {
  const { guardianId } = await verifySession();
  const input = v.parse(NotesSchema, { playerId: formData.get("playerId"), notes: formData.get("notes") });
  // ok: missing-authorization
  await db.update(players).set({ medicalNotes: input.notes }).where(and(eq(players.id, input.playerId), eq(players.guardianId, guardianId)));
}

// ok: missing-auth, missing-input-validation
export async function getMyChildren() {
  const session = await verifySession();
  const rows = await db.select().from(players).where(eq(players.guardianId, session.guardianId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getMyChildrenSummary() {
  const { guardianId } = await verifySession();
  const rows = await db.select({ id: players.id, firstName: players.firstName, team: teams.name }).from(players).innerJoin(teams, eq(teams.id, players.teamId)).where(eq(players.guardianId, guardianId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function messageCoach(formData: FormData) {
  const { guardianId } = await verifySession();
  const input = v.parse(v.object({ playerId: v.pipe(v.string(), v.uuid()), text: v.pipe(v.string(), v.maxLength(300)) }), Object.fromEntries(formData));
  const child = await db.query.players.findFirst({ where: and(eq(players.id, input.playerId), eq(players.guardianId, guardianId)), columns: { teamId: true } });
  if (!child) throw new Error("Not your child");
  const team = await db.query.teams.findFirst({ where: eq(teams.id, child.teamId), columns: { coachId: true } });
  const coach = team?.coachId ? await db.query.users.findFirst({ where: eq(users.id, team.coachId), columns: { phone: true } }) : null;
  if (coach?.phone) await sendSms(coach.phone, `Courtside parent message: ${input.text}`);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function guardianMagicLink(formData: FormData) {
  await rateLimitByIp("guardian-login");
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  const user = await getUser(email);
  if (user) await sendEmail(email, "Your Courtside sign-in link", `<a href="https://courtside.app/guardian/callback?t=${newToken()}">Sign in</a>`);
  // ok: information-disclosure
  return { message: "If you have an account, a link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit -- gap judge pass 27, W-F, fixed in pass 27
// ruleid: missing-audit-log -- gap judge pass 27, W-G, fixed in pass 27
export async function guardianVerifyCode(formData: FormData) {
  const { success } = await checkRateLimit(`guardian-code:${formData.get("email")}`);
  if (!success) return { error: "Too many attempts" };
  const input = v.parse(v.object({ email: v.pipe(v.string(), v.email()), code: v.pipe(v.string(), v.length(6)) }), Object.fromEntries(formData));
  const user = await getUser(input.email);
  if (!user) return { error: "Invalid code" };
  const ok = await verifyCodeFor(user.id, input.code);
  // ok: information-disclosure
  if (!ok) return { error: "Invalid code" };
  const token = await new SignJWT({ guardianId: user.id, email: input.email }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("7d").sign(new TextEncoder().encode(process.env.GUARDIAN_SESSION_SECRET));
  (await cookies()).set("cs_guardian", token, { httpOnly: true, secure: true, sameSite: "lax" });
  return { ok: true };
}

async function verifyCodeFor(userId: string, code: string) {
  const { pool } = await import("@/lib/pg");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT 1 FROM login_codes WHERE user_id = $1 AND code_hash = encode(digest($2, 'sha256'), 'hex') AND expires_at > now()", [userId, code]);
  return rows.length > 0;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateGuardianPhone(formData: FormData) {
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  const phone = v.parse(v.pipe(v.string(), v.regex(/^\+[0-9]{8,15}$/)), formData.get("phone"));
  const user = await getUser(email);
  if (!user) throw new Error("Unknown guardian");
  await db.update(users).set({ phone }).where(eq(users.id, user.id));
}
