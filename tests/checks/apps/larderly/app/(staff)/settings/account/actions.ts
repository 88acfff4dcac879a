"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireUser, getSessionOrError } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { signOut } from "@/lib/auth/authjs";
import { validatedActionWithUser } from "@/lib/wrappers";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(changePasswordSchema, async (data, _formData, user) => {
  await checkRateLimit(`change-password:${user.id}`);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await bcrypt.compare(data.currentPassword, row.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.newPassword, 12) } });
  await auditLog({ actorId: user.id, action: "password_changed" });
  return { success: "Password updated" };
});

// why: email change with no audit entry
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const user = await requireUser();
  await checkRateLimit(`change-email:${user.id}`);
  const email = z.string().email().parse(formData.get("email"));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const parsed = z.object({ name: z.string().min(1).max(80), phone: z.string().max(30).optional() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid" };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data: parsed.data });
  return { done: true };
}

// why: getSessionOrError returns { error } instead of throwing and the result is never checked; `user!` is then used
// todoruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function deleteAccount() {
  const res = await getSessionOrError();
  logger.info({ userId: res.user?.id }, "account deletion requested");
  await prisma.membership.deleteMany({ where: { userId: res.user!.id } });
  await prisma.user.delete({ where: { id: res.user!.id } });
  await auditLog({ actorId: res.user!.id, action: "account_deleted" });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deactivateAccount() {
  const { user, error } = await getSessionOrError();
  if (error) return { error };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { name: "(deactivated)" } });
  await auditLog({ actorId: user.id, action: "account_deactivated" });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const user = await requireUser();
  const me = await prisma.user.findUnique({ where: { id: user.id } });
  // why: the user's own full record includes passwordHash, twoFactorSecret, resetToken
  // ruleid: excessive-data-exposure
  return me;
}
