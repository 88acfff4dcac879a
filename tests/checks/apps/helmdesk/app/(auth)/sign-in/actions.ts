"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { authLimiter, getClientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { verifySync } from "@/services/two-factor";

const SignInSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

export type SignInState = { error?: string; needsTwoFactor?: boolean };

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const ip = await getClientIp();
  const { success } = await authLimiter.limit(`signin:${ip}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid e-mail and password." };

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: { id: true, passwordHash: true, twoFactorOn: true },
  });
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid) {
    await auditLog({ actorId: user?.id, action: "auth.login_failed", meta: { ip } });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }
  if (user.twoFactorOn) {
    // ok: information-disclosure
    return { needsTwoFactor: true };
  }
  await auditLog({ actorId: user.id, action: "auth.login", meta: { ip } });
  await signIn("credentials", { email: parsed.data.email, redirect: false });
  redirect("/workspaces");
}

const OtpSchema = z.object({ email: z.string().email(), code: z.string().regex(/^\d{6}$/) });

// ruleid: missing-rate-limit
export async function verifyTwoFactorCode(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = OtpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, totpSecret: true } });
  if (!user?.totpSecret || !verifySync(parsed.data.code, user.totpSecret)) {
    await auditLog({ actorId: user?.id, action: "auth.2fa_failed" });
    return { error: "That code didn't work." };
  }
  await auditLog({ actorId: user.id, action: "auth.login", meta: { method: "totp" } });
  await signIn("credentials", { email: parsed.data.email, redirect: false });
  redirect("/workspaces");
}
