"use server";

import { and, eq, gt } from "drizzle-orm";
import { z } from "zod";
import { timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { members } from "@/db/schema";
import { strictRatelimit, clientIp, assertRateLimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { hashToken } from "@/lib/secure-compare";
import { getMemberByEmail } from "@/lib/dal";
import { pg } from "@/lib/db";

const emailOnly = z.object({ email: z.string().email() });

/**
 * Pick-up kiosk sign-in: members without the app get a one-time code by e-mail,
 * then type it on the site tablet. Public by design (no Clerk session on the kiosk).
 */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPickupCode(_prev: unknown, formData: FormData) {
  const { success } = await strictRatelimit.limit(`pickup-code:${await clientIp()}`);
  if (!success) return { error: "Too many requests. Try again in ten minutes." };
  const parsed = emailOnly.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  const member = await getMemberByEmail(parsed.data.email);
  if (member) {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    await pg`UPDATE members SET pickup_pin = ${hashToken(code)} WHERE id = ${member.id}`;
    await sendMail(parsed.data.email, "Your pick-up code", `<p>Your code is <b>${code}</b>.</p>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that e-mail belongs to a member, a code is on its way." };
}

// Old kiosk build.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPickupCodeV1(email: string) {
  const { email: clean } = emailOnly.parse({ email });
  const member = await getMemberByEmail(clean);
  // ruleid: information-disclosure
  if (!member) return { error: "No member with that e-mail address." };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await pg`UPDATE members SET pickup_pin = ${hashToken(code)} WHERE id = ${member.id}`;
  await sendMail(clean, "Your pick-up code", `<p>Your code is <b>${code}</b>.</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyPickupCode(email: string, code: string) {
  const input = z.object({ email: z.string().email(), code: z.string().regex(/^\d{6}$/) }).parse({ email, code });
  await assertRateLimit(`pickup-verify:${input.email}`);
  const [m] = await db.select({ id: members.id, pickupPin: members.pickupPin }).from(members).where(eq(members.email, input.email)).limit(1);
  const expected = Buffer.from(m?.pickupPin ?? hashToken("000000"), "hex");
  const given = Buffer.from(hashToken(input.code), "hex");
  // ok: timing-unsafe-comparison
  const ok = Boolean(m) && expected.length === given.length && timingSafeEqual(expected, given);
  // ok: information-disclosure
  if (!ok) return { error: "That code didn't work." };
  (await cookies()).set("kiosk_member", m!.id, { httpOnly: true, secure: true, maxAge: 600 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function verifyPickupCodeV1(email: string, code: string) {
  const input = z.object({ email: z.string().email(), code: z.string().regex(/^\d{6}$/) }).parse({ email, code });
  const [m] = await db.select({ id: members.id, pickupPin: members.pickupPin }).from(members).where(eq(members.email, input.email)).limit(1);
  // ruleid: information-disclosure
  if (!m) return { error: "Unknown e-mail" };
  // ruleid: timing-unsafe-comparison
  if (m.pickupPin !== hashToken(input.code)) return { error: "Wrong code" };
  (await cookies()).set("kiosk_member", m.id, { httpOnly: true, secure: true, maxAge: 600 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendWelcome(formData: FormData) {
  const parsed = emailOnly.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.email, parsed.data.email), gt(members.createdAt, new Date(Date.now() - 7 * 864e5)))).limit(1);
  if (m) await sendMail(parsed.data.email, "Welcome to your CSA", "<p>Here is how pick-up works.</p>");
  return { ok: true };
}
