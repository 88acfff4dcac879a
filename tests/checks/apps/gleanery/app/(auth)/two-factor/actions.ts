"use server";

import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/ratelimit";

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  return Boolean(u?.passwordHash && (await bcrypt.compare(password, u.passwordHash)));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enableTwoFactor(formData: FormData) {
  const s = await verifySession();
  const { password } = z.object({ password: z.string().min(1) }).parse({ password: formData.get("password") });
  const rl = await checkRateLimit(`2fa-enable:${s.userId}`);
  if (!rl.success) return { error: "Too many attempts" };
  // ok: floating-auth-check
  if (!(await passwordMatches(s.userId, password))) return { error: "Wrong password" };
  const secret = randomBytes(20).toString("hex");
  await prisma.user.update({ where: { id: s.userId }, data: { twoFactorSecret: secret } });
  await auditLog({ actorId: s.userId, action: "auth.2fa.enabled" });
  return { secret };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function turnOffTwoFactor(formData: FormData) {
  const s = await verifySession();
  const { password } = z.object({ password: z.string().min(1) }).parse({ password: formData.get("password") });
  const rl = await checkRateLimit(`2fa-disable:${s.userId}`);
  if (!rl.success) return { error: "Too many attempts" };
  // ruleid: floating-auth-check
  if (!passwordMatches(s.userId, password)) return { error: "Wrong password" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: s.userId }, data: { twoFactorSecret: null } });
  return { ok: true };
}
