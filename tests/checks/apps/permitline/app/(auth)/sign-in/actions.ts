"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

const credentialsSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1),
  callbackUrl: z.string().startsWith("/").default("/dashboard"),
});

export type SignInState = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = credentialsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password." };
  await rateLimitByIp("sign-in", authLimiter);

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: { id: true, lockedUntil: true, deletedAt: true },
  });
  if (!user || user.deletedAt) {
    await logSecurityEvent("login.unknown_email", { email: parsed.data.email });
    // ruleid: information-disclosure
    return { error: "No Permitline account is registered with that email." };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await logSecurityEvent("login.locked", { userId: user.id });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }

  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.callbackUrl,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      await prisma.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
      await logSecurityEvent("login.failed", { userId: user.id });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw error;
  }
}

// Staff SSO through the municipality's Entra tenant.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signInWithStaffSso(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const domain = email.split("@")[1];
  const municipality = await prisma.municipality.findFirst({ where: { slug: domain.split(".")[0] }, select: { id: true } });
  if (!municipality) throw new Error("Your municipality does not use SSO.");
  await signIn("microsoft-entra-id", { redirectTo: "/staff" }, { login_hint: email });
}
