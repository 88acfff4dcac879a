"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp, ratelimit, clientIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken } from "@/lib/crypto";
import { email } from "@/lib/validation";

type State = { error?: string; sent?: boolean } | undefined;

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: State, formData: FormData): Promise<State> {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`forgot:${ip}`);
  if (!success) return { error: "Too many requests." };

  const parsed = z.object({ email }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail address." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that e-mail address." };

  const token = newToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, token, expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  await sendEmail(parsed.data.email, "Reset your Sitecrew password", `https://app.sitecrew.io/reset?u=${user.id}&t=${token}`);
  return { sent: true };
}

const resetSchema = z.object({
  userId: z.string().cuid(),
  token: z.string().min(20).max(100),
  password: z.string().min(12).max(200),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function resetPassword(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("reset");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid reset link." };

  const row = await prisma.passwordResetToken.findFirst({
    where: { userId: parsed.data.userId, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, token: true },
  });
  // ok: timing-unsafe-comparison
  if (row === null) return { error: "This reset link has expired." };
  // ruleid: timing-unsafe-comparison
  if (row.token !== parsed.data.token) return { error: "This reset link has expired." };

  await prisma.user.update({
    where: { id: parsed.data.userId },
    data: { passwordHash: await bcrypt.hash(parsed.data.password, 12), failedLogins: 0, lockedUntil: null },
  });
  await prisma.passwordResetToken.delete({ where: { id: row.id } });
  redirect("/sign-in?reset=1");
}
