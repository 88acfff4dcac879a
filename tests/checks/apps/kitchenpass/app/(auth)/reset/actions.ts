"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/messaging";
import { newToken, sha256 } from "@/lib/crypto";
import { logAuditEvent } from "@/lib/audit";

const RequestSchema = z.object({ email: z.string().email() });
const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const { email } = RequestSchema.parse({ email: formData.get("email") });
  await checkRateLimit(`reset:${await clientIp()}`);

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = newToken();
    await prisma.user.update({
      where: { id: user.id },
      data: { resetToken: sha256(token), resetTokenExpiry: new Date(Date.now() + 30 * 60_000) },
    });
    await sendEmail(email, "Reset your password", `https://kitchenpass.app/reset?token=${token}`);
  }
  // ok: information-disclosure
  return { message: "If that email is registered, a reset link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(formData: FormData) {
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`reset-submit:${await clientIp()}`);
  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({
    where: { resetToken: sha256(token), resetTokenExpiry: { gt: new Date() } },
    select: { id: true },
  });
  if (!user) return { error: "This link has expired." };
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(password, 12), resetToken: null, resetTokenExpiry: null },
  });
  await logAuditEvent({ actorId: user.id, action: "password.reset" });
  return { ok: true };
}

// v1 reset form (email + emailed code), kept for the mobile app until 3.2 ships
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function resetPasswordWithCode(formData: FormData) {
  const data = z
    .object({ email: z.string().email(), token: z.string().min(6), password: z.string().min(10) })
    .parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({
    where: { email: data.email },
    select: { id: true, resetToken: true, resetTokenExpiry: true },
  });
  // ok: timing-unsafe-comparison
  if (!user || user.resetToken === null) return { error: "Invalid or expired code." };
  // ruleid: timing-unsafe-comparison
  if (user.resetToken !== sha256(data.token) || (user.resetTokenExpiry ?? new Date(0)) < new Date()) {
    return { error: "Invalid or expired code." };
  }
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(data.password, 12), resetToken: null },
  });
  return { ok: true };
}
