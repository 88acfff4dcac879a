"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { hashToken } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(formData: FormData) {
  await rateLimitByIp("reset-password");
  const { token, password } = resetSchema.parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({ where: { resetToken: hashToken(token) }, select: { id: true } });
  if (!user) return { error: "This link is invalid or expired" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetToken: null } });
  await auditLog({ actorId: user.id, action: "password_reset" });
  return { done: true };
}

// why: reset-token verification with no rate limit
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit -- (todoruleid until pass 28, A)
export async function verifyResetToken(formData: FormData) {
  const { email, token } = z.object({ email: z.string().email(), token: z.string().min(1) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { resetToken: true } });
  const presented = hashToken(token);
  // why: stored token hash compared with ===
  // ruleid: timing-unsafe-comparison
  // ok: information-disclosure -- (todook until pass 28, G)
  return { valid: !!user?.resetToken && user.resetToken === presented };
}
