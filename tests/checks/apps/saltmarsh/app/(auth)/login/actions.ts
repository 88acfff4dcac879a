"use server";

import * as v from "valibot";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/authjs";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const LoginSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.email()),
  password: v.pipe(v.string(), v.minLength(8)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInAction(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  if (!(await checkRateLimit(`login:${ip}`))) return { error: "Too many attempts, try again shortly." };
  const parsed = v.safeParse(LoginSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password." };
  try {
    await signIn("credentials", { ...parsed.output, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) {
      await auditLog({ actorId: null, action: "login.failed", meta: { email: parsed.output.email, ip } });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw err;
  }
}

// ok: missing-auth, missing-audit-log
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
