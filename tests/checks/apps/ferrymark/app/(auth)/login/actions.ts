"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/bookings" });
  } catch (err) {
    if (err instanceof AuthError) {
      await auditLog(null, "auth.login_failed", parsed.data.email);
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw err;
  }
}

// Staff login used by the operator console before the Auth.js migration finished.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function staffLogin(_prev: unknown, formData: FormData) {
  const { email, password } = loginSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await auditLog(null, "auth.staff_login_failed", email);
    // ruleid: information-disclosure
    return { error: "No staff account with that email" };
  }
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    await auditLog(user.id, "auth.staff_login_failed");
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await auditLog(user.id, "auth.staff_login");
  await signIn("credentials", { email, password, redirectTo: "/operator" });
}
