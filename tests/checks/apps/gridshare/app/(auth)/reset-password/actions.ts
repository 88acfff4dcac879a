"use server";

import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const resetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  if (!(await checkRateLimit(`reset:${await clientIp()}`))) return { error: "Too many attempts" };
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  const tokenHash = createHash("sha256").update(parsed.data.token).digest("hex");
  // ok: timing-unsafe-comparison
  const reset = await prisma.passwordReset.findUnique({ where: { tokenHash }, select: { id: true, userId: true, expiresAt: true } });
  if (!reset || reset.expiresAt < new Date()) return { error: "This link has expired" };
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordReset.delete({ where: { id: reset.id } });
  await auditLog({ actorId: reset.userId, action: "password.reset" });
  return { success: "Password updated" };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function resetPasswordWithSmsCode(_prev: unknown, formData: FormData) {
  const parsed = z.object({ userId: z.string().cuid(), code: z.string().length(6), password: z.string().min(10) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  const reset = await prisma.passwordReset.findFirst({
    where: { userId: parsed.data.userId, expiresAt: { gt: new Date() } },
    select: { id: true, tokenHash: true },
  });
  const codeHash = createHash("sha256").update(parsed.data.code).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (!reset || reset.tokenHash !== codeHash) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: parsed.data.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordReset.delete({ where: { id: reset.id } });
  return { success: "Password updated" };
}
