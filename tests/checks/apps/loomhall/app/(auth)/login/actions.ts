"use server";

import { z } from "zod";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { newToken, sha256 } from "@/lib/crypto";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: unknown, formData: FormData) {
  const parsed = credentialsSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password." };
  await rateLimitByIp("login");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/dashboard" });
  } catch (e) {
    if (e instanceof AuthError) {
      await auditLog({ actorId: null, action: "auth.login_failed", meta: { email: parsed.data.email } });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw e;
  }
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendMagicLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return { ok: true };
  const token = newToken();
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) } });
  await sendMail(email, "Your Loomhall sign-in link", `<a href="${process.env.APP_URL}/magic?token=${token}">Sign in</a>`);
  // ok: information-disclosure
  return { ok: true };
}
