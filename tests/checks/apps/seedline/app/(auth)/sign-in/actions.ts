"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const signInSchema = z.object({
  email: z.string().email().max(254),
  password: z.string().min(8).max(200),
  next: z.string().regex(/^\/[a-z0-9/_-]*$/i).optional(),
});

export type SignInState = { error?: string };

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  await rateLimitByIp("sign-in", 5);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password" };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) {
      await logSecurityEvent("login.failure", { email: parsed.data.email });
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw err;
  }
  await logSecurityEvent("login.success", { email: parsed.data.email });
  redirect(parsed.data.next ?? "/dashboard");
}

// Old grader tablet flow, still linked from the warehouse kiosk bookmark.
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function signInGraderTablet(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string") return { error: "Missing credentials" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account exists for that email" };
  }
  // ok: timing-unsafe-comparison
  const matches = user.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!matches) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }
  await signIn("credentials", { email, password, redirect: false });
  redirect("/kiosk");
}
