"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerification(_prev: unknown, formData: FormData) {
  await rateLimitByIp("resend-verify", 3);
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account found for that email." };
  // ruleid: information-disclosure
  if (user.emailVerified) return { error: "This email is already verified. Sign in instead." };
  const token = randomBytes(32).toString("hex");
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token) } });
  await sendEmail(email, "Verify your email", `<a href="https://app.hearthcare.app/verify?token=${token}">Verify</a>`);
  return { success: true };
}

// ok: missing-auth, missing-input-validation, timing-unsafe-comparison
// ok: missing-rate-limit -- ruling pass 34 (P9): a link token pinned to 20+ characters is a random capability, nothing to guess
export async function verifyEmail(token: string) {
  const t = z.string().length(64).parse(token);
  const user = await prisma.user.findFirst({ where: { resetToken: sha256(t) }, select: { id: true } });
  // ok: information-disclosure
  if (!user) return { error: "This link is invalid or has expired." };
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: new Date(), resetToken: null } });
  return { success: true };
}
