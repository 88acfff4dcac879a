"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { verifySession } from "@/lib/dal";
import { validatedActionWithUser } from "@/lib/with-org";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

const passwordSchema = z.object({ currentPassword: z.string().min(8), newPassword: z.string().min(12) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(passwordSchema, async (data, _formData, user) => {
  await rateLimitByIp(`pw:${user.id}`);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = row?.passwordHash ? await bcrypt.compare(data.currentPassword, row.passwordHash) : false;
  // ok: information-disclosure
  if (!valid) return { error: "Current password is incorrect" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.newPassword, 12) } });
  await auditLog({ actorId: user.id, action: "user.password_changed" });
  return { success: "Password updated" };
});

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeEmail = validatedActionWithUser(emailSchema, async (data, _formData, user) => {
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: null } });
  return { success: "Check your inbox to confirm" };
});

const profileSchema = z.object({
  name: z.string().max(100),
  bio: z.string().max(2000).optional(),
  role: z.enum(["author", "agent", "owner", "staff"]).optional(),
});

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  return { success: "Saved" };
});

// ok: missing-auth, missing-input-validation
export const updateDisplayName = validatedActionWithUser(z.object({ name: z.string().max(100) }), async (data, _formData, user) => {
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data });
  return { success: "Saved" };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteAccount() {
  const session = await verifySession();
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.userId } });
  (await cookies()).delete("qm_session");
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyAccount() {
  const session = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: session.userId } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateUserSettings(userId: string, settings: { name: string }) {
  const session = await verifySession();
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { name: settings.name } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateUserSettingsChecked(userId: string, name: string) {
  const session = await verifySession();
  if (typeof userId !== "string" || typeof name !== "string" || name.length > 100) throw new Error("Invalid input");
  if (userId !== session.userId && session.role !== "staff") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { name } });
  return { ok: true };
}
