"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { getCurrentSession, requireMember, getCurrentUser } from "@/lib/auth/current";
import { hashPassword, verifyPasswordHash } from "@/lib/auth/password";
import { invalidateAllSessions, deleteSessionTokenCookie } from "@/lib/auth/session";
import { validatedMemberAction, withMember } from "@/lib/action-wrappers";
import { changePasswordSchema, changeEmailSchema } from "@/lib/validation/auth";
import { profileSchema } from "@/lib/validation/committee";
import { loginLimiter, checkRateLimit, mailLimiter } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedMemberAction(profileSchema, async (data, user) => {
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath("/settings");
  return { ok: true as const };
});

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateProfileQuick(formData: FormData) {
  const { session, user } = await getCurrentSession();
  if (!session) redirect("/login");
  const data = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath("/settings");
}

// ok: missing-auth, missing-input-validation
export async function updateContactDetails(userId: string, phone: string) {
  const { user } = await requireMember();
  if (typeof phone !== "string" || phone.length > 30) throw new Error("Invalid phone");
  if (typeof userId !== "string") throw new Error("Invalid id");
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { phone } });
}

// ok: missing-auth // ruleid: missing-input-validation
export async function updateAddress(address: string, onBehalfOf?: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (typeof address !== "string" || address.length > 300) throw new Error("Invalid address");
  const targetId = onBehalfOf ?? user.id;
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: targetId }, data: { address } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedMemberAction(changePasswordSchema, async (data, user) => {
  if (!(await checkRateLimit(loginLimiter, `pw:${user.id}`))) return { ok: false as const, error: "Too many attempts" };
  const valid = await verifyPasswordHash(user.passwordHash, data.currentPassword);
  // ok: information-disclosure
  if (!valid) return { ok: false as const, error: "Could not change password." };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(data.newPassword) } });
  await invalidateAllSessions(user.id);
  await auditLog({ actorId: user.id, action: "auth.password_change" });
  redirect("/login?changed=1");
});

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export const changeEmail = validatedMemberAction(changeEmailSchema, async (data, user) => {
  const valid = await verifyPasswordHash(user.passwordHash, data.password);
  if (!valid) return { ok: false as const, error: "Password is wrong." };
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: false } });
  await sendMail(data.email, "Confirm your new email", "<p>Please verify your new address from your Plotwise account.</p>");
  return { ok: true as const };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const deleteAccount = withMember(async (user) => {
  await prisma.$transaction([
    prisma.seedListing.deleteMany({ where: { ownerId: user.id } }),
    prisma.toolBooking.deleteMany({ where: { userId: user.id } }),
    prisma.user.delete({ where: { id: user.id } }),
  ]);
  await deleteSessionTokenCookie();
  redirect("/");
});

// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const { user } = await requireMember();
  const me = await prisma.user.findUnique({ where: { id: user.id }, include: { fees: true, bookings: true } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestDataExportEmail() {
  const { user } = await requireMember();
  if (!(await mailLimiter.limit(`export:${user.id}`)).success) return { error: "Once per hour" };
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { name: true, email: true, phone: true, address: true } });
  await sendMail(user.email, "Your Plotwise data", `<pre>${JSON.stringify(me, null, 2)}</pre>`);
  // ok: excessive-data-exposure
  return { sent: true };
}

// ruleid: missing-auth
export async function setNewsletterOptIn(enabled: boolean) {
  const { user } = await getCurrentSession();
  const email = user?.email ?? "";
  if (typeof enabled !== "boolean") throw new Error("Invalid");
  if (enabled) {
    await prisma.newsletterSubscriber.upsert({ where: { email }, create: { email, unsubscribeToken: crypto.randomUUID() }, update: {} });
  } else {
    await prisma.newsletterSubscriber.deleteMany({ where: { email } });
  }
}
