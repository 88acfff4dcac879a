"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog, logSecurityEvent } from "@/lib/audit";

const resetSchema = z.object({ token: z.string().min(20).max(100), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset-password");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Choose a password of at least 10 characters." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(parsed.data.token) } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({
    where: { id: record.userId },
    data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) },
  });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await logSecurityEvent("password.reset", { userId: record.userId });
  redirect("/sign-in?reset=1");
}

const pinSchema = z.object({ phone: z.string().regex(/^\+[0-9]{9,15}$/), code: z.string().length(6), pin: z.string().regex(/^[0-9]{4}$/) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPinWithCode(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset-pin", 5);
  const { phone, code, pin } = pinSchema.parse(Object.fromEntries(formData));
  const record = await prisma.smsCode.findFirst({
    where: { phone, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, otp: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.otp !== code) return { error: "That code is not valid." };
  await prisma.member.updateMany({ where: { phone }, data: { portalPin: await bcrypt.hash(pin, 10) } });
  await prisma.smsCode.delete({ where: { id: record.id } });
  await auditLog({ action: "member.pin_reset", target: phone });
  return { ok: true };
}
