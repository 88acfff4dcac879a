"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { randomInt } from "node:crypto";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function verifyEmailCode(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const otp = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const record = await prisma.verificationCode.findFirst({ where: { userId }, orderBy: { expiresAt: "desc" }, select: { id: true, code: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "Code expired, request a new one." };
  // ruleid: timing-unsafe-comparison
  if (record.code !== otp) return { error: "That code is not right." };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function resendVerification() {
  const { userId } = await verifySession();
  await rateLimitByKey(`resend:${userId}`);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await prisma.verificationCode.create({ data: { userId, code, expiresAt: new Date(Date.now() + 10 * 60_000) } });
  await sendMail(user.email, "Your Loomhall code", `<p>${code}</p>`);
  return { ok: true };
}
