"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireUser, getCurrentUser } from "@/lib/auth";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const profileSchema = z.object({
  name: z.string().min(1).max(80),
  city: z.string().max(80).optional(),
  gender: z.enum(["F", "M", "X"]).optional(),
  dateOfBirth: z.coerce.date().optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const user = await requireUser();
  const data = profileSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath("/account");
}

// Used by the mobile app's JSON settings screen.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileJson(input: Record<string, unknown>) {
  const user = await requireUser();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: input });
  return { ok: true };
}

const settingsSchema = z.object({
  name: z.string().min(1).max(80),
  plan: z.enum(["free", "club", "pro"]),
});

// ok: missing-auth, missing-input-validation
export async function updateAccountSettings(formData: FormData) {
  const user = await requireUser();
  const parsed = settingsSchema.parse({ name: formData.get("name"), plan: formData.get("plan") });
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: user.id },
    data: {
      name: parsed.name,
      // ruleid: mass-assignment
      plan: parsed.plan,
    },
  });
}

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function changeEmail(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`change-email:${user.id}`);
  const { email } = emailSchema.parse({ email: formData.get("email") });
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  await auditLog({ actorId: user.id, action: "account.email_changed", meta: { email } });
  await sendEmail(email, "Your Cinderpath email was changed", "<p>If this wasn't you, contact support.</p>");
}

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function changePassword(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`change-password:${user.id}`);
  const parsed = passwordSchema.parse(Object.fromEntries(formData));
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(parsed.current, row.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  const passwordHash = await bcrypt.hash(parsed.next, 12);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash } });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await logSecurityEvent("account.deleted", user.id);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: user.id } });
  redirect("/goodbye");
}

// ok: missing-auth
export async function getMyProfile() {
  const user = await requireUser();
  const profile = await prisma.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return profile;
}

// ok: missing-auth
export async function getMyProfileCard() {
  const user = await requireUser();
  const profile = await prisma.user.findUnique({ where: { id: user.id }, select: { name: true, city: true, plan: true } });
  // ok: excessive-data-exposure
  return profile;
}

// ruleid: missing-auth
export async function clearHomeCity() {
  const user = await getCurrentUser();
  await prisma.user.update({ where: { id: user?.id as string }, data: { city: null } });
  revalidatePath("/account");
}
