"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { createSession, generateSessionToken, hashToken, setSessionTokenCookie } from "@/lib/auth/session";
import { sendMail } from "@/lib/mail";
import { mailLimiter, loginLimiter, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  if (!(await mailLimiter.limit(`magic:${ip}`)).success) return { error: "Too many requests" };
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email" };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "There is no Plotwise account for that email." };
  }
  const token = generateSessionToken();
  await prisma.passwordResetToken.create({ data: { id: crypto.randomUUID(), userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 600_000) } });
  await sendMail(email.data, "Your Plotwise sign-in link", `<a href="${process.env.APP_URL}/magic?token=${token}&id=${user.id}">Sign in</a>`);
  return { message: "Check your inbox." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function consumeMagicLink(id: string, token: string) {
  const ip = await clientIp();
  if (!(await loginLimiter.limit(`magic-consume:${ip}`)).success) redirect("/login?error=rate");
  const input = z.object({ id: z.string().cuid(), token: z.string().length(32) }).parse({ id, token });
  const record = await prisma.passwordResetToken.findFirst({ where: { userId: input.id, expiresAt: { gt: new Date() } }, select: { id: true, tokenHash: true, userId: true } });
  // ruleid: timing-unsafe-comparison
  if (!record || record.tokenHash !== hashToken(input.token)) {
    await auditLog({ action: "auth.magic_failed", target: input.id });
    redirect("/login?error=link");
  }
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  const sessionToken = generateSessionToken();
  const session = await createSession(sessionToken, record.userId);
  await setSessionTokenCookie(sessionToken, session.expiresAt);
  await auditLog({ actorId: record.userId, action: "auth.login_magic" });
  redirect("/dashboard");
}
