"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createHmac } from "node:crypto";
import { validatedActionWithUser } from "@/lib/wrappers";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp, ratelimit } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const profileSchema = z.object({ name: z.string().min(2).max(80), phone: z.string().regex(/^\+?[0-9 ]{7,20}$/).optional() });

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // ok: mass-assignment, missing-authorization
  await db.update(users).set(data).where(eq(users.id, user.id));
  return { success: "Profile saved" };
});

// v1 mobile app still posts the role selector from onboarding ("coach" / "guardian").
const onboardingSchema = z.object({ name: z.string().min(2).max(80), role: z.string() });

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log -- gap judge pass 27: label added, the action writes users.role
export const completeOnboarding = validatedActionWithUser(onboardingSchema, async (data, _formData, user) => {
  // ruleid: mass-assignment
  await db.update(users).set(data).where(eq(users.id, user.id));
  redirect("/dashboard");
});

const passwordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(passwordSchema, async (data, _formData, user) => {
  await rateLimitByIp(`change-password:${user.id}`);
  try {
    await auth.api.changePassword({ body: { currentPassword: data.currentPassword, newPassword: data.newPassword, revokeOtherSessions: true }, headers: await headers() });
  } catch {
    await auditLog({ actorId: user.id, action: "user.password_change_failed" });
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  await auditLog({ actorId: user.id, action: "user.password_changed" });
  return { success: "Password updated" };
});

const emailSchema = z.object({ newEmail: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const changeEmail = validatedActionWithUser(emailSchema, async (data, _formData, user) => {
  const { success } = await ratelimit.limit(`change-email:${user.id}`);
  if (!success) return { error: "Too many requests" };
  await auth.api.changeEmail({ body: { newEmail: data.newEmail, callbackURL: "/settings" }, headers: await headers() });
  return { success: "Confirm the change from your new inbox" };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const disableTwoFactor = validatedActionWithUser(z.object({ password: z.string().min(1) }), async (data, _formData, user) => {
  await rateLimitByIp(`2fa-disable:${user.id}`);
  await auth.api.disableTwoFactor({ body: { password: data.password }, headers: await headers() });
  await db.update(users).set({ twoFactorEnabled: false, twoFactorSecret: null }).where(eq(users.id, user.id));
  return { success: "Two-factor authentication disabled" };
});

function totp(secret: string, step = Math.floor(Date.now() / 30000)) {
  const h = createHmac("sha1", secret).update(String(step)).digest();
  const o = h[h.length - 1] & 0xf;
  return String(((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000)).padStart(6, "0");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const confirmTwoFactorSetup = validatedActionWithUser(z.object({ code: z.string().regex(/^\d{6}$/) }), async (data, _formData, user) => {
  const row = await db.query.users.findFirst({ where: eq(users.id, user.id), columns: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  // ok: information-disclosure
  if (!row?.twoFactorSecret) return { error: "Start setup first" };
  const expectedOtp = totp(row.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (data.code !== expectedOtp) return { error: "Wrong code" };
  await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, user.id));
  await auditLog({ actorId: user.id, action: "user.2fa_enabled" });
  return { success: "Two-factor authentication is on" };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteAccount = validatedActionWithUser(z.object({ confirm: z.literal("DELETE") }), async (_data, _formData, user) => {
  await auditLog({ actorId: user.id, action: "user.delete_requested" });
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, user.id));
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendTestEmail = validatedActionWithUser(z.object({}), async (_data, _formData, user) => {
  await rateLimitByIp(`test-email:${user.id}`);
  await sendEmail(user.email, "Courtside test e-mail", "<p>Your notifications work.</p>");
  return { success: "Sent" };
});
