"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { authRatelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { headers } from "next/headers";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1), callbackUrl: z.string().startsWith("/").optional() });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your email and password." };
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await authRatelimit.limit(`login:${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.callbackUrl ?? "/agency" });
  } catch (err) {
    if (err instanceof AuthError) {
      logger.warn({ email: parsed.data.email, ip }, "login failed");
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw err;
  }
}

// Legacy caregiver-PIN sign in for shared tablets at group homes.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
export async function tabletLogin(_prev: unknown, formData: FormData) {
  const email = formData.get("email");
  const pin = formData.get("pin");
  if (typeof email !== "string" || typeof pin !== "string") return { error: "Missing fields" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, resetToken: true, email: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email." };
  // ruleid: timing-unsafe-comparison, information-disclosure
  if (user.resetToken !== pin) return { error: "Wrong PIN." };
  await signIn("credentials", { email, password: pin, redirectTo: "/caregiver" });
}
