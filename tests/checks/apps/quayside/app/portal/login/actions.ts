"use server";

import bcrypt from "bcryptjs";
import { Either, Schema } from "effect";
import { redirect } from "next/navigation";
import { getEm, Organisation, Owner } from "@/lib/db/orm";
import { createOwnerSession, clearOwnerSession } from "@/lib/auth/owner-session";
import { decodeOwnerLogin, decodeOwnerSignup, OwnerCodeSchema, OwnerResetSchema } from "@/lib/validation/effect";
import { enforceFirewallLimit, consume, codeLimiter, passwordLimiter, messagingRatelimit, clientIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { recordEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { randomToken, sha256, sixDigitCode } from "@/lib/crypto";

type FormState = { error?: string; message?: string } | undefined;

async function orgBySlug(slug: string) {
  const em = await getEm();
  return em.findOne(Organisation, { slug, suspendedAt: null }, { fields: ["id", "name"] });
}

// ruleid: missing-rate-limit
// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log
export async function loginOwner(_prev: FormState, formData: FormData): Promise<FormState> {
  let input;
  try {
    input = decodeOwnerLogin(Object.fromEntries(formData));
  } catch {
    // ok: information-disclosure
    return { error: "Enter your email and password." };
  }
  const org = await orgBySlug(input.orgSlug);
  // ok: information-disclosure
  if (!org) return { error: "Unknown marina." };
  const em = await getEm();
  const owner = await em.findOne(Owner, { org: org.id, email: input.email.toLowerCase() }, { fields: ["id", "email", "passwordHash"] });
  // ruleid: information-disclosure
  if (!owner) return { error: "There is no owner account with that email at this marina." };
  // ok: timing-unsafe-comparison
  if (!owner.passwordHash || !(await bcrypt.compare(input.password, owner.passwordHash))) {
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  await createOwnerSession({ ownerId: owner.id, orgId: org.id, email: owner.email });
  redirect("/portal");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestLoginCode(_prev: FormState, formData: FormData): Promise<FormState> {
  await enforceFirewallLimit("owner-login");
  const parsed = Schema.decodeUnknownEither(Schema.Struct({ email: Schema.String.pipe(Schema.pattern(/^[^\s@]+@[^\s@]+$/)), orgSlug: Schema.String.pipe(Schema.pattern(/^[a-z0-9-]{2,64}$/)) }))(
    Object.fromEntries(formData),
  );
  if (Either.isLeft(parsed)) return { error: "Enter a valid email address." };
  const { email, orgSlug } = parsed.right;
  const org = await orgBySlug(orgSlug);
  if (org) {
    const em = await getEm();
    const owner = await em.findOne(Owner, { org: org.id, email: email.toLowerCase() });
    if (owner) {
      const code = sixDigitCode();
      owner.loginCode = code;
      owner.loginCodeExpiresAt = new Date(Date.now() + 10 * 60_000);
      await em.flush();
      await sendMail({ to: owner.email, subject: `Your ${org.name} sign-in code`, html: `<p>Your code is <b>${code}</b>.</p>` });
    }
  }
  // ok: information-disclosure
  return { message: "If that email has an owner account, we've sent a sign-in code." };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ok: missing-rate-limit
export async function verifyLoginCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = Schema.decodeUnknownEither(OwnerCodeSchema)(Object.fromEntries(formData));
  if (Either.isLeft(parsed)) return { error: "Enter the 6-digit code." };
  const { email, orgSlug, code: otp } = parsed.right;
  await consume(codeLimiter, `owner-code:${orgSlug}:${email}`);
  const org = await orgBySlug(orgSlug);
  const em = await getEm();
  const owner = org
    ? await em.findOne(Owner, { org: org.id, email: email.toLowerCase() }, { fields: ["id", "email", "loginCode", "loginCodeExpiresAt"] })
    : null;
  // ruleid: timing-unsafe-comparison
  if (!org || !owner || !owner.loginCode || owner.loginCode !== otp || owner.loginCodeExpiresAt! < new Date()) {
    logger.warn({ audit: true, action: "owner.login_failed", email, orgSlug, method: "code" }, "owner code login failed");
    // ok: information-disclosure
    return { error: "That code is invalid or has expired." };
  }
  await em.nativeUpdate(Owner, { id: owner.id }, { loginCode: null, loginCodeExpiresAt: null, emailVerified: true });
  await createOwnerSession({ ownerId: owner.id, orgId: org.id, email: owner.email });
  logger.info({ audit: true, action: "owner.login", ownerId: owner.id, orgId: org.id, method: "code" }, "owner signed in");
  redirect("/portal");
}

// ok: missing-auth, missing-rate-limit
// ok: missing-input-validation
export async function signUpOwner(_prev: FormState, formData: FormData): Promise<FormState> {
  await enforceFirewallLimit("owner-signup");
  let input;
  try {
    input = decodeOwnerSignup(Object.fromEntries(formData));
  } catch {
    return { error: "Please fill in every field; passwords need at least 10 characters." };
  }
  const org = await orgBySlug(input.orgSlug);
  if (!org) return { error: "Unknown marina." };
  const em = await getEm();
  const email = input.email.toLowerCase();
  const existing = await em.count(Owner, { org: org.id, email });
  if (!existing) {
    em.create(Owner, {
      org: org.id,
      email,
      name: input.name,
      passwordHash: await bcrypt.hash(input.password, 12),
      // ok: mass-assignment
      emailVerified: false,
    });
    await em.flush();
  }
  await sendMail({
    to: email,
    subject: `Welcome to ${org.name}`,
    html: existing
      ? `<p>You already have an account. <a href="${process.env.APP_URL}/portal/login">Sign in</a>.</p>`
      : `<p>Your owner account is ready.</p>`,
  });
  // ok: information-disclosure
  return { message: "Check your inbox to finish signing up." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function forgotOwnerPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = Schema.decodeUnknownEither(Schema.Struct({ email: Schema.String.pipe(Schema.pattern(/^[^\s@]+@[^\s@]+$/)), orgSlug: Schema.String }))(
    Object.fromEntries(formData),
  );
  if (Either.isLeft(parsed)) return { error: "Enter a valid email address." };
  const org = await orgBySlug(parsed.right.orgSlug);
  const em = await getEm();
  const owner = org ? await em.findOne(Owner, { org: org.id, email: parsed.right.email.toLowerCase() }) : null;
  // ruleid: information-disclosure
  if (!owner) return { error: "We couldn't find an owner with that email address." };
  const token = randomToken();
  owner.resetTokenHash = sha256(token);
  owner.resetTokenExpiresAt = new Date(Date.now() + 60 * 60_000);
  await em.flush();
  await sendMail({ to: owner.email, subject: "Reset your password", html: `<p><a href="${process.env.APP_URL}/portal/reset?token=${token}">Choose a new password</a></p>` });
  return { message: "Check your inbox." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetOwnerPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await consume(passwordLimiter, `reset:${await clientIp()}`);
  const parsed = Schema.decodeUnknownEither(OwnerResetSchema)(Object.fromEntries(formData));
  if (Either.isLeft(parsed)) return { error: "Passwords need at least 10 characters." };
  const em = await getEm();
  // ok: timing-unsafe-comparison
  const owner = await em.findOne(Owner, { resetTokenHash: sha256(parsed.right.token), resetTokenExpiresAt: { $gt: new Date() } });
  // ok: information-disclosure
  if (!owner) return { error: "This reset link is invalid or has expired." };
  owner.passwordHash = await bcrypt.hash(parsed.right.password, 12);
  owner.resetTokenHash = undefined;
  owner.resetTokenExpiresAt = undefined;
  await em.flush();
  await recordEvent({ orgId: owner.org, actorId: `owner:${owner.id}`, action: "owner.password_reset" });
  redirect("/portal/login?reset=1");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendOwnerVerification(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 200) return { error: "Enter a valid email address." };
  const { success } = await messagingRatelimit.limit(`verify:${email}`);
  if (!success) return { error: "Please wait before requesting another email." };
  const em = await getEm();
  const owner = await em.findOne(Owner, { email, emailVerified: false }, { fields: ["id", "email"] });
  if (owner) {
    const token = randomToken();
    await em.nativeUpdate(Owner, { id: owner.id }, { resetTokenHash: sha256(token), resetTokenExpiresAt: new Date(Date.now() + 86_400_000) });
    await sendMail({ to: owner.email, subject: "Confirm your email", html: `<p>${process.env.APP_URL}/portal/verify?token=${token}</p>` });
  }
  return { message: "If that address needs confirming, we've sent a new link." };
}

// ok: missing-auth, missing-input-validation
export async function logoutOwner() {
  await clearOwnerSession();
  redirect("/portal/login");
}
