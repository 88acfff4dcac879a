"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { verifyTOTP } from "@oslojs/otp";
import { auth, requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { authActionClient } from "@/lib/safe-action";

const ChangePassword = z.object({ current: z.string(), next: z.string().min(12) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const { success } = await ratelimit.limit(`pw:${user.id}`);
  if (!success) return { error: "Slow down." };
  const { current, next } = ChangePassword.parse(Object.fromEntries(formData));
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(current, row.passwordHash))) return { error: "Current password is incorrect." };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await auditLog({ actorId: user.id, action: "user.password_changed" });
  return { success: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const changeEmail = authActionClient
  .schema(z.object({ email: z.string().email() }))
  .metadata({ actionName: "changeEmail" })
  .action(async ({ parsedInput, ctx }) => {
    await ratelimit.limit(`email:${ctx.userId}`);
    // ok: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: ctx.userId }, data: { email: parsedInput.email, emailVerified: null } });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyTwoFactor(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first." };
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { error: "2FA is not set up." };
  const ok = verifyTOTP(Buffer.from(user.twoFactorSecret, "base64"), 30, 6, code);
  await auditLog({ actorId: session.user.id, action: ok ? "2fa.verified" : "2fa.failed" });
  return { ok };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor() {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first." };
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { success: true };
}

// ok: missing-auth, missing-audit-log
export async function getMyProfile() {
  const user = await requireUser();
  const me = await prisma.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const user = await requireUser();
  const name = z.string().min(1).max(80).parse(formData.get("name"));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { name }, select: { id: true } });
}

// Kept for the old settings page; the session is read but not checked.
// ruleid: missing-auth, missing-audit-log
// ok: missing-input-validation
export async function updateNotificationEmail(formData: FormData) {
  const session = await auth();
  const email = z.string().email().parse(formData.get("email"));
  await prisma.user.update({ where: { id: session?.user?.id }, data: { email } });
}
