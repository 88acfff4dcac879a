"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { rateLimitByIp, RateLimitError } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { createSession } from "@/lib/lucia";

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
  callbackUrl: z.string().startsWith("/").optional(),
});

export type LoginState = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = LoginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return { error: "Enter a valid e-mail and password." };
  try {
    await rateLimitByIp("login");
  } catch (e) {
    if (e instanceof RateLimitError) {
      // ok: information-disclosure
      return { error: "Too many attempts. Try again in 15 minutes." };
    }
    throw e;
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.callbackUrl ?? "/dashboard",
    });
  } catch (error) {
    if (error instanceof AuthError) {
      await logSecurityEvent("login.failed", { email: parsed.data.email });
      // ok: information-disclosure
      return { error: "Invalid e-mail or password." };
    }
    throw error;
  }
}

// Legacy sign-in for the on-prem gateway console (Lucia-style cookie session).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
export async function consoleLogin(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string" || !email.includes("@")) {
    return { error: "Missing credentials" };
  }
  const user = await prisma.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  if (!user || !user.passwordHash) {
    // ruleid: information-disclosure
    return { error: "No console account is registered for that e-mail." };
  }
  if (user.disabledAt) {
    // ruleid: information-disclosure
    return { error: "This account has been disabled by your operator." };
  }
  // ok: timing-unsafe-comparison
  const valid = await bcrypt.compare(password, user.passwordHash);
  if (!valid) return { error: "Invalid e-mail or password." };
  const h = await headers();
  await createSession(user.id, { ip: h.get("x-forwarded-for") ?? undefined, userAgent: h.get("user-agent") ?? undefined });
  redirect("/console");
}

// ok: missing-auth, missing-input-validation
export async function signInWithEntra() {
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
}
