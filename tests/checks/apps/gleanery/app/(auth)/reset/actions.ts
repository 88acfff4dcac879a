"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";
import { auth } from "@/lib/auth/better";

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset-password");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid or expired link." };
  // ok: timing-unsafe-comparison
  const request = await prisma.auditLog.findFirst({ where: { action: "password.reset.requested", meta: { path: ["tokenHash"], equals: hashToken(parsed.data.token) } }, select: { actorId: true, createdAt: true } });
  if (!request?.actorId || Date.now() - request.createdAt.getTime() > 3600_000) return { error: "Invalid or expired link." };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: request.actorId }, data: { passwordHash } });
  await auditLog({ actorId: request.actorId, action: "password.reset.completed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerification(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  await auth.api.sendVerificationEmail({ body: { email: parsed.data.email, callbackURL: "/dashboard" } });
  // ok: information-disclosure
  return { ok: true, message: "If that address has an account, we sent a new link." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  await rateLimitByIp("magic-link");
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) return { error: "Enter a valid email." };
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/dashboard" }, headers: new Headers() });
  await sendMail(email, "Your Gleanery sign-in link", "<p>Use the link we just generated to sign in.</p>");
  return { ok: true };
}
