"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { newToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { signIn } from "@/lib/auth";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const { success } = await authLimiter.limit(`magic:${email}:${await clientIp()}`);
  if (!success) redirect("/sign-in?error=rate");
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = newToken(24);
    await prisma.verificationToken.create({ data: { identifier: email, token, kind: "magic", expiresAt: new Date(Date.now() + 900_000) } });
    await sendEmail(email, "Your sign-in link", `<a href="https://app.docketly.law/magic-link/${encodeURIComponent(email)}/${token}">Sign in</a>`);
  }
  redirect("/sign-in/check-email");
}

// Called from app/(auth)/magic-link/[email]/[token]/page.tsx
// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function consumeMagicLink(email: string, token: string) {
  const parsed = z.object({ email: z.string().email(), token: z.string().min(16).max(64) }).parse({ email, token });
  const record = await prisma.verificationToken.findFirst({
    where: { identifier: parsed.email, kind: "magic" },
    orderBy: { expiresAt: "desc" },
    select: { token: true, expiresAt: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.token !== parsed.token || record.expiresAt < new Date()) {
    logger.warn("magic_link.rejected", { email: parsed.email });
    redirect("/sign-in?error=link");
  }
  await prisma.verificationToken.deleteMany({ where: { identifier: parsed.email, kind: "magic" } });
  logger.info("login.success", { method: "magic-link", email: parsed.email });
  await signIn("credentials", { email: parsed.email, redirectTo: "/matters" });
}
