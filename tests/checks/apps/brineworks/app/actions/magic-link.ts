"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users, passwordResets } from "@/db/schema";
import { sendMail } from "@/lib/mail";
import { logSecurityEvent } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";
import { authLimiter, checkRateLimit, clientIp } from "@/lib/ratelimit";

const emailSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email());

// Floor tablets sign staff in with a one-tap email link.
// ruleid: missing-rate-limit
export async function sendMagicLink(email: string) {
  const addr = v.parse(emailSchema, email);
  const [u] = await db.select({ id: users.id, suspended: users.suspended }).from(users).where(eq(users.email, addr));
  if (!u) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account for that email." };
  }
  if (u.suspended) {
    return { error: "This account is suspended." }; // ruleid: information-disclosure
  }
  const token = randomBytes(24).toString("hex");
  await db.insert(passwordResets).values({ userId: u.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 10 * 60_000) });
  await sendMail(addr, "Your Brineworks sign-in link", `<a href="https://brineworks.example/magic?t=${token}">Sign in</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLinkLimited(email: string) {
  await checkRateLimit(authLimiter, `magic:${await clientIp()}`);
  const addr = v.parse(emailSchema, email);
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, addr));
  if (u) {
    const token = randomBytes(24).toString("hex");
    await db.insert(passwordResets).values({ userId: u.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 10 * 60_000) });
    await sendMail(addr, "Your Brineworks sign-in link", `<a href="https://brineworks.example/magic?t=${token}">Sign in</a>`);
  }
  // ok: information-disclosure
  return { ok: true };
}

// ruleid: missing-rate-limit // todoruleid: missing-audit-log -- known gap (pass 41, H): ambiguous, staff PIN check with no session made is not seen as a sign-in
export async function verifyFloorPin(userId: string, pin: string) {
  const input = v.parse(v.object({ userId: v.pipe(v.string(), v.uuid()), pin: v.pipe(v.string(), v.regex(/^\d{4,6}$/)) }), { userId, pin });
  const [u] = await db.select({ pinHash: users.twoFactorSecret }).from(users).where(eq(users.id, input.userId));
  // ruleid: timing-unsafe-comparison
  if (!u || u.pinHash != sha256(input.pin)) {
    // ok: information-disclosure
    return { ok: false };
  }
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyFloorPinSafe(userId: string, pin: string) {
  await checkRateLimit(authLimiter, `pin:${userId}`);
  const input = v.parse(v.object({ userId: v.pipe(v.string(), v.uuid()), pin: v.pipe(v.string(), v.regex(/^\d{4,6}$/)) }), { userId, pin });
  const [u] = await db.select({ pinHash: users.twoFactorSecret }).from(users).where(eq(users.id, input.userId));
  const { secureCompare } = await import("@/lib/secure-compare");
  // ok: timing-unsafe-comparison
  const ok = !!u?.pinHash && secureCompare(u.pinHash, sha256(input.pin));
  await logSecurityEvent(ok ? "pin.success" : "pin.failure", input.userId);
  return { ok };
}
