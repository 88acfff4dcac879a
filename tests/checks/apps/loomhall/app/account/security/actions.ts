"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auditLog, recordChange } from "@/lib/audit";
import { sendMail } from "@/lib/mail";

const changePasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  await rateLimitByKey(`pw:${session.user.id}`);
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "New password must be at least 10 characters." };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(parsed.data.current, user.passwordHash) : false;
  // ok: information-disclosure
  if (!ok) return { error: "Current password is incorrect." };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await auditLog({ actorId: session.user.id, action: "auth.password_changed" });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const email = z.string().email().parse(formData.get("email"));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { email, emailVerified: null } });
  await recordChange(session.user.id, "auth.email_changed", email);
  await sendMail(email, "Confirm your new email", "<p>Your Loomhall email was changed.</p>");
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit
export async function disableTwoFactor() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { mfaEnabled: false, mfaSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function confirmTwoFactor(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  await rateLimitByKey(`totp:${session.user.id}`);
  const code = z.string().length(6).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.user.id }, select: { mfaSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user.mfaSecret || !authenticator.check(code, user.mfaSecret)) return { error: "Code did not match." };
  await prisma.user.update({ where: { id: session.user.id }, data: { mfaEnabled: true } });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  await auditLog({ actorId: session.user.id, action: "account.deleted" });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  await signOut({ redirectTo: "/" });
}
