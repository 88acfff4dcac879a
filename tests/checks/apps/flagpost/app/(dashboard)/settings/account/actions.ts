"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { db } from "@/lib/db/drizzle";
import { profiles } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";

const ChangePassword = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(10).max(128),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`change-password:${userId}`);
  const parsed = ChangePassword.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.flatten().fieldErrors };

  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  const matches = user?.passwordHash ? await bcrypt.compare(parsed.data.currentPassword, user.passwordHash) : false;
  if (!matches) {
    // ok: information-disclosure
    return { error: { currentPassword: ["Current password is incorrect"] } };
  }
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await bcrypt.hash(parsed.data.newPassword, 12) },
  });
  await auditLog({ actorId: userId, action: "user.password_changed" });
  return { ok: true };
}

const ChangeEmail = z.object({ email: z.string().email() });

// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`change-email:${userId}`);
  const { email } = ChangeEmail.parse({ email: formData.get("email") });
  // ok: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  const raw = generateToken("vfy");
  await prisma.passwordResetToken.create({
    data: { userId, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await sendEmail(email, "Confirm your new email", `<a href="${process.env.APP_URL}/verify?token=${raw}">Confirm</a>`);
  return { ok: true };
}

const DeleteAccount = z.object({ userId: z.string().cuid(), confirm: z.literal("DELETE") });

/** Also used by org owners from the members page to remove a teammate's account. */
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(formData: FormData) {
  const session = await verifySession();
  const { userId } = DeleteAccount.parse({
    userId: formData.get("userId") ?? session.userId,
    confirm: formData.get("confirm"),
  });
  await auditLog({ actorId: session.userId, action: "user.deleted", target: userId });
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  redirect("/goodbye");
}

// ruleid: missing-input-validation
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const values = Object.fromEntries(formData);
  await db
    .update(profiles)
    // ruleid: mass-assignment
    .set(values)
    .where(eq(profiles.userId, userId));
  revalidatePath("/settings/account");
}

const Preferences = z.object({
  displayName: z.string().max(60).optional(),
  timezone: z.string().max(64).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updatePreferences(formData: FormData) {
  const { userId } = await verifySession();
  const prefs = Preferences.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db
    .update(profiles)
    // ok: mass-assignment
    .set(prefs)
    .where(eq(profiles.userId, userId));
  revalidatePath("/settings/account");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  const id = z.string().min(16).max(64).parse(sessionId);
  // ok: missing-authorization, sql-injection
  await pool.query("DELETE FROM sessions WHERE id = $1 AND user_id = $2", [id, userId]);
  await auditLog({ actorId: userId, action: "session.revoked", target: id });
  revalidatePath("/settings/account");
}

// ok: missing-auth
export async function listSessions() {
  const { userId } = await verifySession();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM sessions WHERE user_id = $1 ORDER BY expires_at DESC", [userId]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function listSessionsForDevicePage() {
  const { userId, sessionId } = await verifySession();
  const { rows } = await pool.query(
    "SELECT id, user_agent, ip, expires_at FROM sessions WHERE user_id = $1 ORDER BY expires_at DESC",
    [userId],
  );
  // ok: excessive-data-exposure, timing-unsafe-comparison
  return rows.map((r) => ({ id: r.id, device: r.user_agent, ip: r.ip, current: r.id === sessionId }));
}

// ok: missing-auth
export async function getProfile() {
  const { userId } = await verifySession();
  const [profile] = await db
    .select({ displayName: profiles.displayName, timezone: profiles.timezone, avatarUrl: profiles.avatarUrl })
    .from(profiles)
    .where(and(eq(profiles.userId, userId)));
  // ok: excessive-data-exposure
  return profile ?? null;
}
