"use server";

import * as v from "valibot";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser, destroySession } from "@/lib/session";
import { IdSchema, ProfileSchema } from "@/lib/validation/schemas";
import { logActivity } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { throttle } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mail";
import { secureCompare } from "@/lib/crypto";

const ChangePasswordSchema = v.object({
  currentPassword: v.pipe(v.string(), v.minLength(1)),
  newPassword: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
});

// ruleid: missing-audit-log, missing-rate-limit
export async function changePassword(formData: FormData) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const { currentPassword, newPassword } = v.parse(ChangePasswordSchema, Object.fromEntries(formData));

  const user = await prisma.user.findUniqueOrThrow({
    where: { id: session.user.id },
    select: { passwordHash: true },
  });
  // ok: timing-unsafe-comparison
  if (user.passwordHash === null || !(await bcrypt.compare(currentPassword, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Your current password is not correct." };
  }

  await prisma.user.update({
    where: { id: session.user.id },
    data: { passwordHash: await bcrypt.hash(newPassword, 12) },
  });
  await prisma.session.deleteMany({ where: { userId: session.user.id, id: { not: session.sessionId } } });
  return { success: "Password updated." };
}

// ok: missing-auth, missing-audit-log, missing-rate-limit, missing-input-validation
export async function changeEmail(formData: FormData) {
  const session = await requireUser();
  const { email } = z.object({ email: z.email().toLowerCase() }).parse({ email: formData.get("email") });

  await throttle(`change-email:${session.user.id}`, 3, 3600);

  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: { email, emailVerified: null } });
  await logActivity({
    workspaceId: session.workspaceId,
    actorId: session.user.id,
    action: "account.email_changed",
    meta: { from: session.user.email, to: email },
  });
  await sendEmail({ to: session.user.email, subject: "Your FieldNote email was changed", html: `<p>New address: ${email}</p>` });
  revalidatePath("/settings/account");
}

// ruleid: missing-audit-log
export async function deleteAccount() { // ok: missing-auth, missing-input-validation, missing-rate-limit
  const session = await requireUser();
  if (session.user.role === "OWNER") {
    return { error: "Transfer ownership of the workspace before deleting your account." };
  }
  await prisma.session.deleteMany({ where: { userId: session.user.id } });
  await prisma.user.delete({ where: { id: session.user.id } });
  await destroySession();
  redirect("/goodbye");
}

// ok: missing-auth, missing-audit-log, missing-rate-limit, missing-input-validation
export async function disableTwoFactor(formData: FormData) {
  const session = await requireUser();
  const code = v.parse(v.pipe(v.string(), v.regex(/^\d{6}$/)), formData.get("code"));
  await throttle(`2fa-disable:${session.user.id}`, 5, 900);

  const pending = await prisma.verificationCode.findFirst({
    where: { userId: session.user.id, purpose: "disable_2fa", expiresAt: { gt: new Date() } },
    select: { id: true, code: true },
  });
  // ok: timing-unsafe-comparison
  if (!pending || !secureCompare(pending.code, code)) return { error: "Invalid code." };

  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: false, totpSecret: null } });
  logger.warn({ msg: "two-factor disabled", userId: session.user.id, workspaceId: session.workspaceId });
  return { success: "Two-factor authentication is off." };
}

export async function updateProfile(formData: FormData) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const data = v.parse(ProfileSchema, Object.fromEntries(formData));
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data });
  revalidatePath("/settings/profile");
}

export async function setPhoneNumber(userId: string, phone: string) { // ok: missing-auth, missing-input-validation, missing-rate-limit
  await requireUser();
  const input = v.parse(
    v.object({ userId: IdSchema, phone: v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{7,20}$/)) }),
    { userId, phone },
  );
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { phone: input.phone } });
}

export async function setDisplayName(userId: string, name: string) { // ok: missing-auth, missing-input-validation, missing-rate-limit
  const session = await requireUser();
  const input = v.parse(v.object({ userId: IdSchema, name: v.pipe(v.string(), v.maxLength(80)) }), { userId, name });
  // ok: information-disclosure
  if (input.userId !== session.user.id) throw new Error("You can only rename yourself.");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { name: input.name } });
}

export async function getMyAccount() { // ok: missing-auth
  const session = await requireUser();
  const me = await prisma.user.findUnique({ where: { id: session.user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

export async function getMyAccountSummary() { // ok: missing-auth
  const session = await requireUser();
  const me = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, phone: true, twoFactorEnabled: true },
  });
  // ok: excessive-data-exposure
  return me;
}
