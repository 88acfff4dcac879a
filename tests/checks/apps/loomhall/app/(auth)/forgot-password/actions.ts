"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { newToken, sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email." };
  const token = newToken();
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendMail(email.data, "Reset your Loomhall password", `<a href="${process.env.APP_URL}/reset-password?token=${token}">Reset</a>`);
  return { ok: true };
}
