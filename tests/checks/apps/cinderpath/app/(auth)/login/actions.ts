"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(formData: FormData) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`magic:${ip}`);
  if (!success) return { error: "Too many attempts." };
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find a runner account for that email." };
  }
  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 9e5) } });
  await sendEmail(parsed.data.email, "Your sign-in link", `<a href="https://cinderpath.run/magic?token=${token}">Sign in</a>`);
  return { ok: true };
}
