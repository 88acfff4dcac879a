"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { db } from "@/lib/db";
import { checkRateLimit, getClientIp, RateLimitError } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { generateToken, sha256 } from "@/lib/crypto";

const SignUpSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  email: v.pipe(v.string(), v.email(), v.toLowerCase()),
  password: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
  companyName: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: unknown, formData: FormData) {
  try {
    await checkRateLimit(`sign-up:${await getClientIp()}`);
  } catch (e) {
    // ok: information-disclosure
    if (e instanceof RateLimitError) return { ok: false, error: e.message };
    throw e;
  }

  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { ok: false, error: "Please check the form." };
  const { name, email, password, companyName } = result.output;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    const token = generateToken();
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // ok: mass-assignment
        data: { name, email, passwordHash: await bcrypt.hash(password, 12) },
        select: { id: true },
      });
      const slug = companyName.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40);
      await tx.company.create({
        data: { name: companyName, slug, memberships: { create: { userId: user.id, role: "owner" } } },
      });
      await tx.session.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
    });
    await sendEmail({ to: email, subject: "Verify your Hireloop account", html: `<a href="${process.env.APP_URL}/verify?t=${token}">Verify</a>` });
  }
  // Same answer whether or not the address was already registered.
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to finish signing up." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerification(formData: FormData) {
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  await checkRateLimit(`resend-verify:${email}`);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) {
    await sendEmail({ to: email, subject: "Verify your Hireloop account", html: "<p>Use the link we sent earlier, or sign in to request a fresh one.</p>" });
  }
  return { ok: true };
}
