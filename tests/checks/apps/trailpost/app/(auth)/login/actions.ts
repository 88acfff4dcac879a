"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { randomBytes } from "crypto";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const input = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: "Invalid email or password" };
  try {
    await signIn("credentials", { ...input.data, redirectTo: "/dashboard" });
  } catch (e) {
    if (e instanceof AuthError) {
      await auditLog({ action: "auth.login_failed", target: input.data.email });
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw e;
  }
}

// Guide app login (pre-Auth.js endpoint still used by the mobile wrapper).
// why: login endpoint with no rate limit and no audit of success/failure
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function guideLogin(_prev: unknown, formData: FormData) {
  const { email, password } = LoginSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  // why: distinct message for an unknown email vs a wrong password lets callers enumerate accounts
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email" };
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  // why: "Incorrect password" next to the different not-found message above
  // ruleid: information-disclosure
  if (!ok) return { error: "Incorrect password" };
  await signIn("credentials", { email, password, redirectTo: "/guide" });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  await rateLimitByIp("magic");
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await sendEmail(email, "Your Trailpost sign-in link", `<a href="https://trailpost.app/magic/${token}">Sign in</a>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that email has an account, a link is on its way." };
}
