"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { createHmac } from "node:crypto";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { authLimiter, checkRateLimit } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";
import { secureCompare } from "@/lib/secure-compare";

function totp(secret: string, step = Math.floor(Date.now() / 30_000)) {
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(Buffer.from(step.toString(16).padStart(16, "0"), "hex")).digest();
  const o = h[h.length - 1] & 0xf;
  return (((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000) + "").padStart(6, "0");
}

const codeSchema = v.object({ code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifyTwoFactor(input: { code: string }) {
  // ok: floating-auth-check
  const session = await verifySession();
  await checkRateLimit(authLimiter, `2fa:${session.userId}`);
  const { code } = v.parse(codeSchema, input);
  const [u] = await db.select({ secret: users.twoFactorSecret }).from(users).where(eq(users.id, session.userId)).limit(1);
  // ok: information-disclosure
  if (!u?.secret) return { ok: false };
  const expected = totp(u.secret);
  // ok: timing-unsafe-comparison
  return { ok: secureCompare(code, expected) };
}

// ruleid: missing-rate-limit
export async function confirmTwoFactorSetup(input: { code: string }) {
  // ok: floating-auth-check
  const session = await verifySession();
  const { code } = v.parse(codeSchema, input);
  const [u] = await db.select({ secret: users.twoFactorSecret }).from(users).where(eq(users.id, session.userId)).limit(1);
  // ok: information-disclosure
  if (!u?.secret) return { ok: false };
  const otp = totp(u.secret);
  // ruleid: timing-unsafe-comparison
  if (code !== otp) return { ok: false };
  await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, session.userId));
  await audit.security({ actorId: session.userId, action: "2fa.enabled" });
  return { ok: true };
}

// ruleid: missing-audit-log
export async function disableTwoFactor() {
  // ok: floating-auth-check
  const session = await verifySession();
  await checkRateLimit(authLimiter, `2fa-off:${session.userId}`);
  await db.update(users).set({ twoFactorEnabled: false, twoFactorSecret: null }).where(eq(users.id, session.userId));
  return { ok: true };
}
