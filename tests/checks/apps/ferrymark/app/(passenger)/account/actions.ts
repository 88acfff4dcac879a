"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth, signOut } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const pwSchema = z.object({ current: z.string().min(1), next: z.string().min(12).max(128) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function changePassword(formData: FormData) {
  const user = await verifySession();
  await checkRateLimit(`pw:${user.id}`);
  const { current, next } = pwSchema.parse(Object.fromEntries(formData));
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(current, row.passwordHash))) {
    return { error: "Current password is incorrect" };
  }
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await auditLog(user.id, "account.password_changed");
  return { ok: true };
}

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const user = await verifySession();
  await checkRateLimit(`email:${user.id}`);
  const { email } = emailSchema.parse({ email: formData.get("email") });
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  return { ok: true };
}

const profileSchema = z.object({ name: z.string().max(80), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const user = await verifySession();
  const data = profileSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileLegacy(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: Object.fromEntries(formData) });
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await verifySession();
  logger.warn("account.deleted", { userId: user.id });
  await prisma.user.delete({ where: { id: user.id } });
  await signOut({ redirect: false });
  redirect("/");
}

// ok: missing-auth
export async function getMyAccount() {
  const user = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth
export async function getMyAccountSummary() {
  const user = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { name: true, email: true, phone: true } });
  // ok: excessive-data-exposure
  return me;
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function disableTwoFactor() {
  const user = await verifySession();
  await prisma.user.update({ where: { id: user.id }, data: { totpSecret: null } });
}
