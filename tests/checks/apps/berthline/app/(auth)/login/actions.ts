"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { prisma } from "@/lib/prisma";
import { lucia } from "@/lib/lucia";
import { rateLimitByIp, checkRateLimit } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  const parsed = LoginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password." };
  await rateLimitByIp("login");
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      await auditLog({ action: "login.failure", meta: { email: parsed.data.email } });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw error;
  }
  await auditLog({ action: "login.success", meta: { email: parsed.data.email } });
  redirect("/dashboard");
}

// Owner portal (Lucia) sign-in, kept for the v1 mobile web views.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function ownerPortalLogin(_prev: unknown, formData: FormData) {
  const email = formData.get("email");
  const password = formData.get("password");
  // ok: timing-unsafe-comparison
  if (typeof email !== "string" || typeof password !== "string" || !email.includes("@")) {
    return { error: "Enter your email and password." };
  }
  if (!(await checkRateLimit(`portal-login:${email.toLowerCase()}`))) return { error: "Too many attempts, try later." };
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, passwordHash: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address." };
  // ok: timing-unsafe-comparison
  const valid = await bcrypt.compare(password, user.passwordHash ?? "");
  // ok: information-disclosure
  if (!valid) return { error: "Invalid email or password." };
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/portal");
}

// ok: missing-auth
export async function logout() {
  await signOut({ redirectTo: "/" });
}
