"use server";

import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { verifySession } from "@/lib/dal";
import { withUser } from "@/lib/safe-action";
import { auditLog, recordAudit } from "@/lib/audit";
import { limiter } from "@/lib/limiter";
import { checkRateLimit } from "@/lib/rate-limit";
import { deleteSession } from "@/lib/session";
import { sendMail } from "@/lib/mailer";

const changePasswordSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(12).max(200),
});

// ruleid: missing-rate-limit, missing-audit-log
export const changePassword = withUser(async (user, formData: FormData) => {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { error: "Your new password must be at least 12 characters." };

  const row = await db.selectFrom("users").select(["password_hash"]).where("id", "=", user.id).executeTakeFirstOrThrow();
  // ok: timing-unsafe-comparison
  if (row.password_hash === null) return { error: "Your account signs in with single sign-on." };
  const matches = await bcrypt.compare(parsed.data.currentPassword, row.password_hash);
  // ok: information-disclosure
  if (!matches) return { error: "Your current password is incorrect." };

  await db.updateTable("users").set({ password_hash: await bcrypt.hash(parsed.data.newPassword, 12) }).where("id", "=", user.id).execute();
  console.log(`[account] password changed for user ${user.id}`);
  return { ok: true };
});

// ok: missing-audit-log, missing-rate-limit, missing-input-validation
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  if (!checkRateLimit(`change-email:${session.userId}`, { limit: 3, windowMs: 60 * 60 * 1000 })) {
    return { error: "Too many requests. Try again in an hour." };
  }
  const email = z.string().trim().toLowerCase().email().max(200).safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email address." };
  const password = formData.get("password");
  // ok: timing-unsafe-comparison
  if (typeof password !== "string" || password.length === 0) return { error: "Confirm the change with your password." };

  const row = await db.selectFrom("users").select(["password_hash"]).where("id", "=", session.userId).executeTakeFirstOrThrow();
  if (!row.password_hash || !(await bcrypt.compare(password, row.password_hash))) {
    return { error: "Your password is incorrect." };
  }

  // ok: mass-assignment
  await db.updateTable("users").set({ email: email.data, email_verified_at: null }).where("id", "=", session.userId).execute();
  await auditLog.insert({ action: "account.email_changed", actorId: session.userId, orgId: session.orgId, metadata: { to: email.data } });
  await sendMail(email.data, "Your Ledgerly sign-in email changed", "<p>This address is now used to sign in to Ledgerly.</p>");
  return { ok: true };
}

// ruleid: missing-audit-log
export async function deleteAccount(formData: FormData) {
  const session = await verifySession();
  if (formData.get("confirm") !== "DELETE") return { error: 'Type "DELETE" to confirm.' };

  if (session.role === "owner") {
    const owners = await db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("org_id", "=", session.orgId)
      .where("role", "=", "owner")
      .executeTakeFirstOrThrow();
    if (Number(owners.n) <= 1) return { error: "Transfer ownership of the workspace before deleting your account." };
  }

  await db.deleteFrom("users").where("id", "=", session.userId).execute();
  await deleteSession();
  redirect("/goodbye");
}

const profileSchema = z.object({ name: z.string().trim().min(1).max(80) });

/** `userId` lets support staff fix a teammate's display name from the admin screen. */
export async function updateProfile(input: { name: string }, userId?: string) {
  const session = await verifySession();
  const data = profileSchema.parse(input);
  const targetId = z.string().uuid().optional().parse(userId) ?? session.userId;
  // ruleid: missing-authorization
  await db.updateTable("users").set({ name: data.name }).where("id", "=", targetId).execute();
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-rate-limit
export async function disableTwoFactor(formData: FormData) {
  const session = await verifySession();
  try {
    await limiter.consume(`2fa-disable:${session.userId}`);
  } catch {
    return { error: "Too many attempts. Wait a minute." };
  }
  const otp = formData.get("otp");
  // ok: timing-unsafe-comparison
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Enter the 6-digit code." };

  const user = await db.selectFrom("users").select(["totp_secret"]).where("id", "=", session.userId).executeTakeFirstOrThrow();
  if (!user.totp_secret) return { ok: true };
  // ruleid: timing-unsafe-comparison
  if (otp !== authenticator.generate(user.totp_secret)) return { error: "That code didn't work." };

  await db.updateTable("users").set({ totp_enabled: false, totp_secret: null }).where("id", "=", session.userId).execute();
  return { ok: true };
}

// ok: missing-rate-limit, missing-input-validation
export const confirmTwoFactorSetup = withUser(async (user, input: { secret: string; code: string }) => {
  if (!checkRateLimit(`2fa-setup:${user.id}`, { limit: 5, windowMs: 10 * 60 * 1000 })) return { error: "Too many attempts." };
  // ok: timing-unsafe-comparison
  if (typeof input?.secret !== "string" || typeof input.code !== "string" || !/^\d{6}$/.test(input.code)) {
    return { error: "Enter the 6-digit code." };
  }
  // ok: timing-unsafe-comparison
  if (!authenticator.check(input.code, input.secret)) return { error: "That code didn't work." };

  await db.updateTable("users").set({ totp_enabled: true, totp_secret: input.secret }).where("id", "=", user.id).execute();
  await recordAudit({ action: "account.2fa_enabled", actorId: user.id, orgId: user.orgId });
  return { ok: true };
});
