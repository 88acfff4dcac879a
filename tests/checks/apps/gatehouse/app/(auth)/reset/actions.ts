"use server";

import { z } from "zod";
import { hash } from "@node-rs/argon2";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { newToken, sha256 } from "@/lib/crypto";
import { sendEmail } from "@/lib/messaging";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const RequestSchema = z.object({ email: z.string().trim().toLowerCase().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const parsed = RequestSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email address." };

  const ip = await clientIp();
  const [byIp, byEmail] = await Promise.all([
    authLimiter.limit(`reset:ip:${ip}`),
    authLimiter.limit(`reset:email:${parsed.data.email}`),
  ]);
  if (!byIp.success || !byEmail.success) return { error: "Please wait before requesting another link." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const token = newToken();
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: sha256(token), resetTokenExpires: new Date(Date.now() + 30 * 60_000) },
      select: { id: true },
    });
    await sendEmail({
      to: parsed.data.email,
      subject: "Reset your Gatehouse password",
      html: `<a href="${process.env.APP_URL}/reset/${token}?email=${encodeURIComponent(parsed.data.email)}">Choose a new password</a>`,
    });
  }
  // ok: information-disclosure
  return { success: "If an account exists for that email, a reset link is on its way." };
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const email = formData.get("email");
  const token = formData.get("token");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof token !== "string" || typeof password !== "string" || password.length < 10) {
    return { error: "This reset link is invalid or has expired." };
  }

  const user = await prisma.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, resetTokenHash: true, resetTokenExpires: true },
  });
  if (
    !user ||
    !user.resetTokenHash ||
    // ruleid: timing-unsafe-comparison
    user.resetTokenHash !== sha256(token) ||
    !user.resetTokenExpires ||
    user.resetTokenExpires < new Date()
  ) {
    return { error: "This reset link is invalid or has expired." };
  }

  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hash(password), resetTokenHash: null, resetTokenExpires: null },
    select: { id: true },
  });
  await lucia.invalidateUserSessions(user.id);
  return { success: "Password updated. You can sign in now." };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function resetPasswordWithLink(token: string, newPassword: string) {
  const limit = await authLimiter.limit(`reset-link:${await clientIp()}`);
  if (!limit.success) return { error: "Too many attempts." };
  const input = z.object({ token: z.string().min(20).max(100), newPassword: z.string().min(10).max(200) }).parse({ token, newPassword });

  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({
    where: { resetTokenHash: sha256(input.token), resetTokenExpires: { gt: new Date() } },
    select: { id: true },
  });
  if (!user) return { error: "This reset link is invalid or has expired." };

  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hash(input.newPassword), resetTokenHash: null, resetTokenExpires: null },
    select: { id: true },
  });
  await lucia.invalidateUserSessions(user.id);
  await logSecurityEvent({ actorId: user.id, action: "password.reset" });
  return { success: "Password updated." };
}
