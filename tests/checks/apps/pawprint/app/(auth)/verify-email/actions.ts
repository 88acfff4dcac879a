"use server";

import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { getOptionalSession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";
import { newToken } from "@/lib/crypto";

// ruleid: missing-rate-limit
// ok: missing-auth
export async function resendVerification() {
  const session = await getOptionalSession();
  if (!session) redirect("/sign-in");
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { email: true, emailVerified: true } });
  if (!user || user.emailVerified) return { message: "Already verified." };
  const token = newToken();
  await prisma.verificationToken.create({ data: { identifier: user.email, token, expires: new Date(Date.now() + 86_400_000) } });
  await sendEmail({ to: user.email, subject: "Verify your email", html: `<a href="https://pawprint.pet/verify?token=${token}">Verify</a>` });
  return { message: "Verification email sent." };
}

// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit -- ruling pass 34 (P9): a link token pinned to 20+ characters is a random capability, nothing to guess
export async function verifyEmail(token: string) {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{40,60}$/.test(token)) redirect("/verify-email?error=invalid");
  const record = await prisma.verificationToken.findUnique({ where: { token }, select: { identifier: true, expires: true } });
  if (!record || record.expires < new Date()) redirect("/verify-email?error=expired");
  // ok: mass-assignment
  await prisma.user.update({ where: { email: record.identifier }, data: { emailVerified: new Date() } });
  await prisma.verificationToken.delete({ where: { token } });
  redirect("/dashboard?verified=1");
}
