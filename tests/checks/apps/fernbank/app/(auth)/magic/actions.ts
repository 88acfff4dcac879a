"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/notify/mailer";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await checkRateLimit(`magic:${await clientIp()}`);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "We couldn't find a Fernbank account for that email" };
  // ruleid: information-disclosure
  if (!user.emailVerified) return { error: "This account exists but its email is not verified yet" };
  const token = randomBytes(32).toString("hex");
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token), resetTokenExpiry: new Date(Date.now() + 900_000) } });
  await sendMail(email, "Your Fernbank sign-in link", `${process.env.APP_URL}/magic?token=${token}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLinkQuiet(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await checkRateLimit(`magic:${await clientIp()}`);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token), resetTokenExpiry: new Date(Date.now() + 900_000) } });
    await sendMail(email, "Your Fernbank sign-in link", `${process.env.APP_URL}/magic?token=${token}`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that address has an account, a link is on its way." };
}
