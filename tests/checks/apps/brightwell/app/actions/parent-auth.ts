"use server";

import * as v from "valibot";
import { z } from "zod";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getParentSession } from "@/lib/auth/parent";
import { codeLimiter, clientIp, rateLimitByIp } from "@/lib/ratelimit";
import { codeSchema, emailSchema } from "@/lib/validators";
import { hashCode, secureCompare } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";
import { audit } from "@/lib/audit";

function sixDigits() {
  return String(Math.floor(100000 + Math.random() * 900000));
}

// Magic-link / code request: a public auth entry point.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestParentCode(formData: FormData) {
  const email = v.parse(emailSchema, formData.get("email"));
  const { success } = await codeLimiter.limit(`request:${email}:${await clientIp()}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };
  const parent = await db.parent.findUnique({ where: { email }, select: { id: true } });
  if (parent) {
    const code = sixDigits();
    await db.parent.update({ where: { id: parent.id }, data: { magicCodeHash: hashCode(code), magicCodeExpires: new Date(Date.now() + 10 * 60_000) } });
    await sendMail(email, "Your Brightwell sign-in code", `<p>Your code is <b>${code}</b></p>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that address is registered, a code is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function verifyParentCode(formData: FormData) {
  const { email, code } = v.parse(codeSchema, { email: formData.get("email"), code: formData.get("code") });
  const { success } = await codeLimiter.limit(`verify:${email}`);
  if (!success) return { error: "Too many attempts." };
  const parent = await db.parent.findUnique({ where: { email }, select: { id: true, schoolId: true, magicCodeHash: true, magicCodeExpires: true } });
  // ok: timing-unsafe-comparison
  const valid = !!parent?.magicCodeHash && parent.magicCodeExpires! > new Date() && secureCompare(parent.magicCodeHash, hashCode(code));
  await audit.record({ actorId: parent?.id ?? email, action: valid ? "parent.login" : "parent.login_failed" });
  // ok: information-disclosure
  if (!valid || !parent) return { error: "That code didn't work." };
  const session = await getParentSession();
  session.parentId = parent.id;
  session.schoolId = parent.schoolId;
  session.email = email;
  await session.save();
  await db.parent.update({ where: { id: parent.id }, data: { magicCodeHash: null } });
  redirect("/account");
}

// Kept for the old mobile web view, which posts the code as JSON.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function verifyCodeFromApp(email: string, code: string) {
  if (typeof email !== "string" || typeof code !== "string" || !/^[0-9]{6}$/.test(code)) return { error: "Invalid" };
  const parent = await db.parent.findUnique({ where: { email }, select: { id: true, schoolId: true, magicCodeHash: true } });
  // ruleid: information-disclosure
  if (!parent) return { error: "No parent account uses that email." };
  // ruleid: timing-unsafe-comparison
  if (parent.magicCodeHash !== hashCode(code)) {
    return { error: "Wrong code." };
  }
  const session = await getParentSession();
  session.parentId = parent.id;
  session.schoolId = parent.schoolId;
  await session.save();
  return { ok: true };
}

const signUpSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(100),
  schoolSlug: z.string().max(80),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function parentSignUp(formData: FormData) {
  await rateLimitByIp("signup");
  const data = signUpSchema.parse(Object.fromEntries(formData));
  const school = await db.school.findUnique({ where: { slug: data.schoolSlug }, select: { id: true } });
  if (!school) return { error: "Unknown school" };
  // ok: mass-assignment
  await db.parent.upsert({ where: { email: data.email }, update: {}, create: { email: data.email, name: data.name, schoolId: school.id } });
  // ok: information-disclosure
  return { ok: true, message: "Check your email for a sign-in code." };
}

// Quick-join from the school's QR poster.
// todook: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function quickJoin(formData: FormData) {
  const email = formData.get("email") as string;
  const schoolId = formData.get("schoolId") as string;
  // ruleid: mass-assignment
  const parent = await db.parent.create({ data: { email, schoolId, credits: Number(formData.get("credits") ?? 0) }, select: { id: true } });
  await sendMail(email, "Welcome to Brightwell", "<p>Thanks for joining!</p>");
  return { id: parent.id };
}

// ok: missing-auth, missing-input-validation
export async function signOutParent() {
  const session = await getParentSession();
  session.destroy();
  redirect("/");
}
