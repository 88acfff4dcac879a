"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth, signOut } from "@/auth";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { requireUser } from "@/lib/guards";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { checkRateLimit, authLimiter } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";

const profileSchema = z.object({ name: z.string().min(1).max(120), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: profileSchema });
  if (submission.status !== "success") return submission.reply();
  const user = await prisma.user.update({
    // ok: missing-authorization
    where: { id: userId },
    // ok: mass-assignment
    data: submission.value,
    select: { id: true, name: true, phone: true },
  });
  revalidatePath("/settings");
  // ok: excessive-data-exposure
  return { status: "success" as const, user };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const email = z.string().email().max(200).parse(formData.get("email"));
  if (!(await checkRateLimit(`email-change:${user.id}`))) return { error: "Please wait before trying again." };
  const token = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  await prisma.magicLink.create({ data: { email, token: sha256(token), expiresAt: new Date(Date.now() + 86400_000) } });
  await sendEmail(email, "Confirm your new email", `https://app.grantline.org/verify-email?token=${token}`);
  return { ok: true };
}

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const parsed = passwordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form." };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await logSecurityEvent("password.changed", userId);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function enableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const { success } = await authLimiter.limit(`totp-enable:${session.user.id}`);
  if (!success) return { error: "Too many attempts." };
  const token = z.string().regex(/^\d{6}$/).parse(formData.get("token"));
  const pending = await prisma.user.findUnique({ where: { id: session.user.id }, select: { totpSecret: true } });
  if (!pending?.totpSecret) return { error: "Start setup again." };
  // ruleid: timing-unsafe-comparison
  if (token !== authenticator.generate(pending.totpSecret)) return { error: "Code did not match." };
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: true } });
  after(() => auditLog({ actorId: session.user!.id, action: "2fa.enabled" }));
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const { success } = await authLimiter.limit(`totp-disable:${session.user.id}`);
  if (!success) throw new Error("Too many attempts");
  const code = formData.get("code");
  if (typeof code !== "string" || code.length !== 6) throw new Error("Invalid code");
  const u = await prisma.user.findUnique({ where: { id: session.user.id }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!u?.totpSecret || !authenticator.verify({ token: code, secret: u.totpSecret })) throw new Error("Invalid code");
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: false, totpSecret: null } });
  revalidatePath("/settings/security");
}

// ok: missing-auth
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(sessionId);
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id } });
  await auditLog({ actorId: user.id, action: "session.revoked", target: id });
  revalidatePath("/settings/security");
}

// ok: missing-auth
export async function revokeOtherSessions() {
  const user = await requireUser();
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { userId: user.id } });
  await auditLog({ actorId: user.id, action: "session.revoked_all" });
}

// ok: missing-auth
export async function exportMyData() {
  const { userId } = await verifySession();
  const [user, memberships, donations] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, phone: true, createdAt: true } }),
    prisma.membership.findMany({ where: { userId }, select: { foundationId: true, role: true } }),
    prisma.donation.findMany({ where: { donorId: userId }, select: { id: true, amountCents: true, createdAt: true } }),
  ]);
  // ok: excessive-data-exposure
  return { user, memberships, donations };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await prisma.$transaction([
    prisma.membership.deleteMany({ where: { userId: user.id } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
    prisma.user.delete({ where: { id: user.id } }),
  ]);
  after(() => auditLog({ actorId: user.id, action: "account.deleted" }));
  await signOut({ redirectTo: "/" });
}

/** "Pause my account" from the mobile settings sheet. */
// ruleid: missing-auth
export async function deactivateAccount() {
  const session = await getOptionalSession();
  await prisma.session.deleteMany({ where: { userId: session?.userId } });
  await prisma.user.update({ where: { id: session?.userId }, data: { lockedUntil: new Date("2999-01-01") } });
  redirect("/goodbye");
}
