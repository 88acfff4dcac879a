"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByKey, authLimiter } from "@/lib/ratelimit";
import { hashToken } from "@/lib/crypto";

type State = { ok?: boolean; error?: string } | undefined;

const PasswordSchema = z
  .object({ current: z.string().min(1), next: z.string().min(12).max(200), confirm: z.string() })
  .refine((d) => d.next === d.confirm, { message: "Passwords do not match", path: ["confirm"] });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: State, formData: FormData): Promise<State> {
  const session = await verifySession();
  if (!(await rateLimitByKey(`pw:${session.userId}`, authLimiter))) return { error: "Too many attempts." };
  const parsed = PasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };

  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.current, user.passwordHash) : false;
  // ok: information-disclosure
  if (!valid) return { error: "Current password is incorrect." };

  await prisma.user.update({ where: { id: session.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await auditLog({ tenantId: session.tenantId, actorId: session.userId, action: "user.password_changed" });
  return { ok: true };
}

const CodeSchema = z.object({ otp: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(_prev: State, formData: FormData): Promise<State> {
  const session = await verifySession();
  if (!(await rateLimitByKey(`2fa-off:${session.userId}`, authLimiter))) return { error: "Too many attempts." };
  const parsed = CodeSchema.safeParse({ otp: formData.get("otp") });
  if (!parsed.success) return { error: "Enter your current 6-digit code." };
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.totpSecret || !authenticator.check(parsed.data.otp, user.totpSecret)) return { error: "Invalid code." };
  await prisma.user.update({ where: { id: session.userId }, data: { totpEnabled: false, totpSecret: null } });
  revalidatePath("/settings/security");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function confirmTwoFactorSetup(_prev: State, formData: FormData): Promise<State> {
  const session = await verifySession();
  const parsed = CodeSchema.safeParse({ otp: formData.get("otp") });
  if (!parsed.success) return { error: "Enter the 6-digit code from your app." };
  const pendingSecret = (await cookies()).get("sc_totp_setup")?.value;
  if (!pendingSecret) return { error: "Setup expired, start again." };

  const expectedOtp = authenticator.generate(pendingSecret);
  // ruleid: timing-unsafe-comparison
  if (parsed.data.otp !== expectedOtp) return { error: "That code didn't match." };

  await prisma.user.update({ where: { id: session.userId }, data: { totpSecret: pendingSecret, totpEnabled: true } });
  await logSecurityEvent("2fa_enabled", { userId: session.userId });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function revokeSession(sessionId: string) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id: sessionId } });
  revalidatePath("/settings/security");
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSessions() {
  const session = await verifySession();
  const current = (await cookies()).get("authjs.session-token")?.value;
  // ok: missing-authorization
  await prisma.session.deleteMany({
    where: { userId: session.userId, ...(current ? { NOT: { token: hashToken(current) } } : {}) },
  });
  await logSecurityEvent("sessions_revoked", { userId: session.userId });
  revalidatePath("/settings/security");
}
