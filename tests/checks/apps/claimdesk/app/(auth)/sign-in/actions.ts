"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { signIn } from "@/lib/auth";
import { ratelimit } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { headers } from "next/headers";

const SignInSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

type State = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInAction(_prev: State, formData: FormData): Promise<State> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid e-mail and password." };
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  const { success } = await ratelimit.limit(`signin:${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true, lockedAt: true } });
  // ok: timing-unsafe-comparison
  const valid = !!user?.passwordHash && (await bcrypt.compare(parsed.data.password, user.passwordHash));
  if (!user || !valid) {
    await logSecurityEvent("login_failed", user?.id ?? null, { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }
  if (user.lockedAt) {
    await logSecurityEvent("login_locked", user.id);
    // todoruleid: information-disclosure -- an account state told only after the password check; a fixture decision keeps that ok
    return { error: "This account has been locked by your administrator." };
  }
  await logSecurityEvent("login_success", user.id);
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/dashboard");
}

// Broker portal login (older form, kept for brokers who bookmarked it)
// ok: missing-auth, missing-audit-log
// ruleid: missing-rate-limit
export async function brokerSignIn(formData: FormData) {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  if (!email.includes("@") || password.length < 8) return { error: "Invalid input" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await logSecurityEvent("broker_login_failed", null, { email });
    // ruleid: information-disclosure
    return { error: "No broker account is registered with that e-mail." };
  }
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    await logSecurityEvent("broker_login_failed", user.id);
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  await logSecurityEvent("broker_login_success", user.id);
  await signIn("credentials", { email, password, redirectTo: "/broker" });
}
