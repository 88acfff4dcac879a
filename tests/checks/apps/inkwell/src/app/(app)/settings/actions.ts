"use server";

import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, signOut } from "~/auth";
import { prisma } from "~/lib/prisma";
import { auditLog } from "~/lib/audit";
import { ratelimit } from "~/lib/rate-limit";
import { sendEmail } from "~/lib/email";
import { hashToken, randomToken } from "~/lib/crypto";
import { verifySession } from "~/lib/dal";

const ProfileSchema = z.object({
  name: z.string().trim().min(1).max(80),
  bio: z.string().max(500).optional(),
  timezone: z.string().max(64),
});

// ok: missing-auth
// ok: missing-input-validation
export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const data = ProfileSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment -- zod object strips unknown keys
  // ok: missing-authorization -- the caller's own row
  await prisma.user.update({ where: { id: session.user.id }, data });
  revalidatePath("/settings");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePreferences(formData: FormData) {
  const { userId } = await verifySession();
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: Object.fromEntries(formData) });
  revalidatePath("/settings");
}

// ruleid: missing-auth -- session read but never checked (the `if (...) throw` tests a form value)
// ok: missing-input-validation -- explicit runtime check
export async function updateNotificationSettings(formData: FormData) {
  const session = await auth();
  const digest = formData.get("digest");
  if (digest !== "daily" && digest !== "weekly" && digest !== "off") {
    throw new Error("Invalid digest frequency");
  }
  await prisma.user.update({ where: { id: session?.user?.id }, data: { digestFrequency: digest } });
}

// /settings is behind middleware.ts, which does not protect actions.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function saveEditorTheme(userId: string, theme: string) {
  await prisma.user.update({ where: { id: userId }, data: { editorTheme: theme } });
}

const ChangePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(8).max(128) });

// ok: missing-auth
// ruleid: missing-rate-limit
// ok: missing-audit-log
// ok: missing-input-validation
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const input = ChangePasswordSchema.parse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison -- bcrypt
  const valid = user?.passwordHash ? await bcrypt.compare(input.currentPassword, user.passwordHash) : false;
  if (!valid) {
    // ok: information-disclosure -- the caller's own password, no account is told apart
    return { error: "Your current password is incorrect." };
  }
  // todoruleid: timing-unsafe-comparison -- two client-supplied passwords compared with each other are skipped
  if (input.newPassword === input.currentPassword) {
    return { error: "Choose a password you haven't used." };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(input.newPassword, 12) } });
  await auditLog({ actorId: userId, action: "password.changed" });
  return { ok: true };
}

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`change-email:${userId}`);
  if (!success) return { error: "Too many requests." };
  const email = z.string().email().parse(formData.get("email"));
  const taken = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) {
    // ruleid: information-disclosure -- a signed-in caller learns whether an account holds that email
    return { error: "That email is already used by another account." };
  }
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  const token = randomToken();
  await prisma.verificationToken.create({ data: { identifier: email, tokenHash: hashToken(token), expires: new Date(Date.now() + 86_400_000) } });
  await sendEmail({ to: email, subject: "Confirm your new email", html: `<a href="https://inkwell.app/verify?token=${token}">Confirm</a>` });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function disableTwoFactor() {
  const { userId } = await verifySession();
  try {
    await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
  return { ok: true };
}

// ok: missing-auth
// ok: missing-audit-log
// ok: missing-input-validation
export async function deleteAccount(formData: FormData) {
  const { userId, email } = await verifySession();
  const confirmation = formData.get("confirm");
  if (typeof confirmation !== "string" || confirmation !== email) {
    throw new Error("Type your email to confirm");
  }
  try {
    await prisma.user.delete({ where: { id: userId } });
  } catch (err) {
    console.error("delete account failed", err);
    // ok: information-disclosure -- thrown, generic
    throw new Error(`Could not delete account ${userId}`);
  }
  await auditLog({ actorId: userId, action: "account.deleted" });
  await signOut({ redirectTo: "/goodbye" });
}

// ok: missing-auth
export async function getAccount() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId } });
  // ruleid: excessive-data-exposure -- holds passwordHash and twoFactorSecret
  return user;
}

// ok: missing-auth
export async function getAccountSummary() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, image: true, plan: true, credits: true, timezone: true },
  });
  // ok: excessive-data-exposure -- explicit select
  return user;
}

// ok: missing-auth
export async function getAccountCard() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) return null;
  // ok: excessive-data-exposure -- mapped to chosen fields
  return { name: user.name, email: user.email, memberSince: user.createdAt.toISOString() };
}
