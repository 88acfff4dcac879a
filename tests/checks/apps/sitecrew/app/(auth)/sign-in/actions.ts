"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authenticator } from "otplib";
import { signIn } from "@/lib/auth";
import { issueLoginTicket } from "@/lib/login-ticket";
import { prisma } from "@/lib/db/prisma";
import { verifyCredentials } from "@/lib/credentials";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { email } from "@/lib/validation";

const signInSchema = z.object({ email, password: z.string().min(1).max(200) });

export type SignInState = { error?: string } | undefined;

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your e-mail and password." };

  const ip = await clientIp();
  const { success } = await authLimiter.limit(`signin:${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };

  const result = await verifyCredentials(parsed.data.email, parsed.data.password);
  if (!result.ok) {
    await logSecurityEvent("login_failed", { meta: { email: parsed.data.email } });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }

  if (result.totpEnabled) {
    (await cookies()).set("sc_2fa_pending", result.userId, { httpOnly: true, maxAge: 300, sameSite: "strict" });
    redirect("/sign-in/two-factor");
  }

  await logSecurityEvent("login_success", { userId: result.userId });
  await signIn("credentials", { ticket: await issueLoginTicket(result.userId), redirect: false });
  redirect("/projects");
}

const totpSchema = z.object({ code: z.string().regex(/^\d{6}$/) });

// Second step of the password sign-in.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyTotpLogin(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = totpSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { error: "Enter the 6-digit code." };

  const pendingUserId = (await cookies()).get("sc_2fa_pending")?.value;
  if (!pendingUserId) redirect("/sign-in");

  const user = await prisma.user.findUnique({ where: { id: pendingUserId }, select: { id: true, totpSecret: true } });
  // ok: timing-unsafe-comparison
  const valid = !!user?.totpSecret && authenticator.verify({ token: parsed.data.code, secret: user.totpSecret });
  if (!valid) {
    await logSecurityEvent("login_2fa_failed", { userId: pendingUserId });
    // ok: information-disclosure
    return { error: "That code is not valid." };
  }
  (await cookies()).delete("sc_2fa_pending");
  await logSecurityEvent("login_success", { userId: pendingUserId, meta: { mfa: true } });
  await signIn("credentials", { ticket: await issueLoginTicket(pendingUserId), redirect: false });
  redirect("/projects");
}
