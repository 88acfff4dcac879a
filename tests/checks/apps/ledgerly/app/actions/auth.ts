"use server";

import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as yup from "yup";
import { db } from "@/lib/db/kysely";
import { createSession, deleteSession, readPending2fa, setPending2fa } from "@/lib/session";
import { verifySession } from "@/lib/dal";
import { limiter } from "@/lib/limiter";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendMail, sendTemplate } from "@/lib/mailer";
import { generateToken, hashToken } from "@/lib/tokens";

export type FormState = { error?: string; ok?: boolean } | undefined;

const loginSchema = yup.object({
  email: yup.string().trim().lowercase().email().required(),
  password: yup.string().required(),
});

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  try {
    await limiter.consume(`login:${ip}`);
  } catch {
    return { error: "Too many attempts. Wait a minute and try again." };
  }

  let input: yup.InferType<typeof loginSchema>;
  try {
    input = loginSchema.validateSync({ email: formData.get("email"), password: formData.get("password") });
  } catch {
    return { error: "Enter your email and password." };
  }

  const user = await db
    .selectFrom("users")
    .select(["id", "org_id", "role", "password_hash", "totp_enabled"])
    .where("email", "=", input.email)
    .executeTakeFirst();
  // ok: timing-unsafe-comparison
  const valid = user?.password_hash ? await bcrypt.compare(input.password, user.password_hash) : false;
  if (!user || !valid) {
    await recordAudit({ action: "auth.login_failed", actorId: user?.id ?? null, orgId: user?.org_id ?? null, metadata: { ip } });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  if (user.totp_enabled) {
    await setPending2fa(user.id, user.org_id, user.role);
    redirect("/login/two-factor");
  }
  await recordAudit({ action: "auth.login", actorId: user.id, orgId: user.org_id, metadata: { ip } });
  await createSession(user.id, user.org_id, user.role);
  redirect("/dashboard");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log
export async function verifyTwoFactor(_prev: FormState, formData: FormData): Promise<FormState> {
  const pending = await readPending2fa();
  if (!pending) redirect("/login");
  const code = formData.get("code");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code from your authenticator app." };

  const user = await db.selectFrom("users").select(["id", "totp_secret"]).where("id", "=", pending.userId).executeTakeFirst();
  if (!user?.totp_secret) redirect("/login");

  const expectedOtp = authenticator.generate(user.totp_secret);
  // ruleid: timing-unsafe-comparison
  if (code !== expectedOtp) {
    logger.warn({ event: "auth.2fa_failed", userId: user.id }, "two-factor code rejected");
    return { error: "That code didn't work. Codes change every 30 seconds." };
  }
  logger.info({ event: "auth.login", userId: user.id, method: "totp" }, "signed in with two-factor");
  await createSession(pending.userId, pending.orgId, pending.role);
  redirect("/dashboard");
}

const signupSchema = yup.object({
  name: yup.string().trim().min(1).max(80).required(),
  email: yup.string().trim().lowercase().email().required(),
  company: yup.string().trim().min(1).max(120).required(),
  plan: yup.string().oneOf(["free", "team", "business"]).default("free"),
  password: yup.string().min(12).max(200).required(),
  confirmPassword: yup.string().oneOf([yup.ref("password")], "Passwords must match").required(),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signup(_prev: FormState, formData: FormData): Promise<FormState> {
  let data: yup.InferType<typeof signupSchema>;
  try {
    data = signupSchema.validateSync(Object.fromEntries(formData), { abortEarly: true });
  } catch (err) {
    // ok: information-disclosure
    if (err instanceof yup.ValidationError) return { error: err.errors[0] ?? "Check the form and try again." };
    return { error: "Check the form and try again." };
  }

  let userId: string;
  let orgId: string;
  try {
    // The pricing page links to /signup?plan=team, the form keeps it in a hidden input.
    // ruleid: mass-assignment
    const org = await db.insertInto("orgs").values({ name: data.company, plan: data.plan as "free" | "team" | "business" }).returning("id").executeTakeFirstOrThrow();
    const passwordHash = await bcrypt.hash(data.password, 12);
    // ok: mass-assignment
    const user = await db.insertInto("users").values({ name: data.name, email: data.email, org_id: org.id, role: "owner", password_hash: passwordHash }).returning("id").executeTakeFirstOrThrow();
    userId = user.id;
    orgId = org.id;
  } catch (err) {
    logger.error({ err }, "signup failed");
    // ok: information-disclosure
    return { error: "We couldn't create your account. Try again or contact support." };
  }

  const token = generateToken();
  await db.insertInto("email_verifications").values({ user_id: userId, token, expires_at: new Date(Date.now() + 86_400_000) }).execute();
  await recordAudit({ action: "auth.signup", actorId: userId, orgId, metadata: { plan: data.plan } });
  await sendTemplate(data.email, "verify-email", { name: data.name, url: `${process.env.APP_URL}/verify?token=${token}&email=${encodeURIComponent(data.email)}` });
  await createSession(userId, orgId, "owner");
  redirect("/onboarding");
}

// ruleid: missing-rate-limit
// ok: missing-auth
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@") || email.length > 200) {
    return { error: "Enter a valid email address." };
  }
  const user = await db.selectFrom("users").select(["id", "email"]).where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
  // ruleid: information-disclosure
  if (!user) return { error: "No account is registered with that email address." };

  const token = generateToken();
  await db.insertInto("password_resets").values({ user_id: user.id, token_hash: hashToken(token), expires_at: new Date(Date.now() + 60 * 60 * 1000) }).execute();
  await sendMail(user.email, "Reset your Ledgerly password", `<p><a href="${process.env.APP_URL}/reset?token=${token}&email=${encodeURIComponent(user.email)}">Choose a new password</a>. The link expires in an hour.</p>`);
  return { ok: true };
}

const resetSchema = yup.object({
  email: yup.string().trim().lowercase().email().required(),
  token: yup.string().max(100).required(),
  password: yup.string().min(12).max(200).required(),
});

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  if (!checkRateLimit(`reset:${ip}`, { limit: 5, windowMs: 15 * 60 * 1000 })) {
    return { error: "Too many attempts. Try again in 15 minutes." };
  }
  let input: yup.InferType<typeof resetSchema>;
  try {
    input = await resetSchema.validate({ email: formData.get("email"), token: formData.get("token"), password: formData.get("password") });
  } catch {
    return { error: "This reset link is invalid or has expired." };
  }

  const row = await db
    .selectFrom("password_resets")
    .innerJoin("users", "users.id", "password_resets.user_id")
    .select(["password_resets.user_id", "password_resets.token_hash", "password_resets.expires_at", "users.org_id"])
    .where("users.email", "=", input.email)
    .orderBy("password_resets.expires_at", "desc")
    .executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!row || row.token_hash !== hashToken(input.token) || new Date(row.expires_at) < new Date()) {
    return { error: "This reset link is invalid or has expired." };
  }

  await db.updateTable("users").set({ password_hash: await bcrypt.hash(input.password, 12) }).where("id", "=", row.user_id).execute();
  await db.deleteFrom("password_resets").where("user_id", "=", row.user_id).execute();
  await recordAudit({ action: "auth.password_reset", actorId: row.user_id, orgId: row.org_id });
  redirect("/login?reset=1");
}

// ok: missing-auth, missing-rate-limit
export async function verifyEmail(email: string, token: string): Promise<FormState> {
  const ip = clientIp(await headers());
  if (!checkRateLimit(`verify:${ip}`, { limit: 10, windowMs: 10 * 60 * 1000 })) return { error: "Too many attempts." };
  // ok: timing-unsafe-comparison
  if (typeof email !== "string" || typeof token !== "string" || token.length > 64 || email.length > 200) {
    return { error: "This verification link is invalid." };
  }
  const row = await db
    .selectFrom("email_verifications")
    .innerJoin("users", "users.id", "email_verifications.user_id")
    .select(["email_verifications.user_id", "email_verifications.token"])
    .where("users.email", "=", email.toLowerCase())
    .executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!row || row.token !== token) return { error: "This verification link is invalid." };

  // ok: mass-assignment
  await db.updateTable("users").set({ email_verified_at: new Date() }).where("id", "=", row.user_id).execute();
  await db.deleteFrom("email_verifications").where("user_id", "=", row.user_id).execute();
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth
export async function resendVerification(): Promise<FormState> {
  const session = await verifySession();
  const user = await db.selectFrom("users").select(["id", "email", "email_verified_at"]).where("id", "=", session.userId).executeTakeFirstOrThrow();
  if (user.email_verified_at) return { ok: true };

  const token = generateToken();
  await db.deleteFrom("email_verifications").where("user_id", "=", user.id).execute();
  await db.insertInto("email_verifications").values({ user_id: user.id, token, expires_at: new Date(Date.now() + 86_400_000) }).execute();
  await sendTemplate(user.email, "verify-email", { url: `${process.env.APP_URL}/verify?token=${token}&email=${encodeURIComponent(user.email)}` });
  return { ok: true };
}

export async function logout() {
  const session = await verifySession();
  await recordAudit({ action: "auth.logout", actorId: session.userId, orgId: session.orgId });
  await deleteSession();
  redirect("/login");
}
