"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

const buyerSignUp = z.object({
  email: z.string().email(),
  password: z.string().min(10).max(200),
  name: z.string().min(2),
  company: z.string().min(2).max(120),
  kind: z.enum(["WHOLESALER", "PROCESSOR", "EXPORTER"]),
  country: z.string().length(2),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signUpBuyer(_prev: unknown, formData: FormData) {
  const { success } = await authLimiter.limit(`buyer-signup:${await clientIp()}`);
  if (!success) return { error: "Too many attempts" };
  const input = buyerSignUp.parse(Object.fromEntries(formData));
  try {
    await auth.api.signUpEmail({ body: { email: input.email, password: input.password, name: input.name }, headers: await headers() });
    const buyer = await prisma.buyer.create({ data: { name: input.company, kind: input.kind, country: input.country }, select: { id: true } });
    await prisma.buyerUser.create({ data: { buyerId: buyer.id, email: input.email, role: "BUYER_ADMIN" } });
    logger.info({ event: "buyer.signup", buyerId: buyer.id, role: "BUYER_ADMIN" }, "buyer company registered");
    return { ok: true };
  } catch (err) {
    if (err instanceof APIError) {
      // ruleid: information-disclosure
      return { error: err.message };
    }
    logger.error({ err }, "buyer sign-up failed");
    // ok: information-disclosure
    return { error: "Sign-up failed, please try again." };
  }
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function signInBuyer(_prev: unknown, formData: FormData) {
  const creds = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  try {
    await auth.api.signInEmail({ body: creds, headers: await headers() });
    logger.info({ event: "buyer.login_success", email: creds.email }, "buyer signed in");
    return { ok: true };
  } catch {
    logger.warn({ event: "buyer.login_failed", email: creds.email }, "buyer sign-in failed");
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
}
