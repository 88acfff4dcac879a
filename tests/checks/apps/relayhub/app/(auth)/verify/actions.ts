"use server";

import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { newToken, sha256 } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";
import { Email } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerificationEmail(_prev: unknown, formData: FormData) {
  await rateLimitByIp("verify-resend", 3);
  const email = Email.parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account uses that email address." };
  }
  if (user.emailVerified) {
    // ruleid: information-disclosure
    return { error: "That email is already verified — just sign in." };
  }
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email, token: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail({ to: email, subject: "Verify your email", html: `<a href="https://relayhub.org/verify?e=${encodeURIComponent(email)}&t=${token}">Verify</a>` });
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifyEmailAddress(email: string, token: string) {
  await rateLimitByIp("verify-email", 10);
  const addr = Email.parse(email);
  if (typeof token !== "string" || token.length < 30) return { ok: false };
  const row = await prisma.magicLinkToken.findFirst({ where: { email: addr, expiresAt: { gt: new Date() } }, select: { id: true, token: true } });
  // ruleid: timing-unsafe-comparison
  if (!row || row.token !== sha256(token)) return { ok: false };
  await prisma.user.update({ where: { email: addr }, data: { emailVerified: new Date() } });
  await prisma.magicLinkToken.delete({ where: { id: row.id } });
  await logSecurityEvent("email.verified", null, { email: addr });
  return { ok: true };
}
