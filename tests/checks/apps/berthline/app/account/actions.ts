"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { signOut } from "@/auth";
import { AccountSettingsSchema } from "@/lib/schemas";

const ChangePasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });
const ChangeEmailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`change-password:${userId}`);
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form." };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await auditLog({ actorId: userId, action: "password.change" });
  return { success: "Password changed." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const { userId, email: oldEmail } = await verifySession();
  await rateLimitByIp(`change-email:${userId}`);
  const parsed = ChangeEmailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { email: parsed.data.email, emailVerified: null } });
  await sendMail(oldEmail, "Your Berthline email was changed", `New address: ${parsed.data.email}`);
  return { success: "Email updated. Check your inbox to verify it." };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const { userId } = await verifySession();
  await auditLog({ actorId: userId, action: "account.delete" });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateAccountSettings(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const parsed = AccountSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid settings." };
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: parsed.data });
  await auditLog({ actorId: userId, action: "account.settings", meta: { fields: Object.keys(parsed.data) } });
  return { success: "Saved." };
}
