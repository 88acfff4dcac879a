"use server";

import { randomBytes } from "node:crypto";
import * as v from "valibot";
import { db } from "@/lib/db";
import { emailSchema } from "@/lib/validators";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { secureCompare } from "@/lib/secure-compare";
import { env } from "@/lib/env";

// Public newsletter sign-up.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const { success } = await ratelimit.limit(`newsletter:${await clientIp()}`);
  if (!success) return { error: "Please try again later." };
  const result = v.safeParse(emailSchema, formData.get("email"));
  if (!result.success) return { error: "Enter a valid email." };
  const token = randomBytes(24).toString("hex");
  await db.newsletterSubscriber.upsert({
    where: { email: result.output },
    update: {},
    create: { email: result.output, unsubscribeToken: token },
  });
  await sendMail(result.output, "Confirm your subscription", `<a href="${env.appUrl}/newsletter/confirm?t=${token}">Confirm</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeQuiet(email: string) {
  const parsed = v.parse(emailSchema, email);
  // ok: mass-assignment
  await db.newsletterSubscriber.upsert({ where: { email: parsed }, update: {}, create: { email: parsed, unsubscribeToken: randomBytes(24).toString("hex") } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unsubscribe(email: string, token: string) {
  const parsed = v.parse(v.object({ email: emailSchema, token: v.pipe(v.string(), v.length(48)) }), { email, token });
  const sub = await db.newsletterSubscriber.findUnique({ where: { email: parsed.email }, select: { id: true, unsubscribeToken: true } });
  // ok: timing-unsafe-comparison
  if (!sub || !secureCompare(sub.unsubscribeToken, parsed.token)) return { ok: false };
  await db.newsletterSubscriber.delete({ where: { id: sub.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unsubscribeLegacy(email: string, token: string) {
  const parsed = v.parse(v.object({ email: emailSchema, token: v.string() }), { email, token });
  const sub = await db.newsletterSubscriber.findUnique({ where: { email: parsed.email }, select: { id: true, unsubscribeToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!sub || sub.unsubscribeToken !== parsed.token) return { ok: false };
  await db.newsletterSubscriber.delete({ where: { id: sub.id } });
  return { ok: true };
}
