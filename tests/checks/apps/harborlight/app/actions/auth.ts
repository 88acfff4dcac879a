"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { auth } from "@/lib/auth/better-auth";
import { createClient } from "@/lib/auth/supabase";
import { db, user, owners } from "@/lib/db";
import { signInSchema } from "@/lib/validators";
import { rateLimit } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";
import { auditLog } from "@/lib/audit";
import { hashKey } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signInStaff(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success") return submission.reply();
  const { email, password } = submission.value;
  await rateLimit(`signin:${email}`, 5, 300);
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch {
    logger.warn({ event: "staff.sign_in_failed", email });
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Invalid email or password"] });
  }
  logger.info({ event: "staff.sign_in", email });
  redirect("/dashboard");
}

const ownerSignUp = z.object({ email: z.string().email(), password: z.string().min(10), fullName: z.string().max(120) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function signUpOwner(_prev: unknown, formData: FormData) {
  const parsed = ownerSignUp.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signUp({ email: parsed.data.email, password: parsed.data.password });
  // ok: information-disclosure
  if (error || !data.user) return { error: "Could not create your account" };
  // ok: mass-assignment
  await db.insert(owners).values({ id: data.user.id, email: parsed.data.email, fullName: parsed.data.fullName });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestOwnerMagicLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await rateLimit(`magic:${email}`, 3, 600);
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email, options: { emailRedirectTo: `${process.env.APP_URL}/auth/callback` } });
  return { sent: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function forgotStaffPassword(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const existing = await db.query.user.findFirst({ where: eq(user.email, email), columns: { id: true } });
  // ruleid: information-disclosure
  if (!existing) return { error: "No staff account uses that email address" };
  await auth.api.forgetPassword({ body: { email, redirectTo: "/staff/reset" } });
  return { ok: "Check your inbox" };
}

// Gate-kiosk sign-in for boat owners (6-digit PIN on the pontoon gate tablet).
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyDockPin(formData: FormData) {
  const ownerId = String(formData.get("ownerId") ?? "");
  const pin = String(formData.get("pin") ?? "");
  if (!/^\d{6}$/.test(pin) || !/^[0-9a-f-]{36}$/.test(ownerId)) return { error: "Invalid PIN" };
  const row = await db.query.owners.findFirst({ where: eq(owners.id, ownerId), columns: { pinHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!row || row.pinHash !== hashKey(pin)) {
    logger.warn({ event: "kiosk.pin_failed", ownerId });
    return { error: "Invalid PIN" };
  }
  await auditLog({ actorId: ownerId, action: "kiosk.sign_in" });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function resendStaffVerification(email: string) {
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  await rateLimit(`verify:${email}`, 3, 3600);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signOutStaff() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/staff/sign-in");
}
