"use server";

import bcrypt from "bcryptjs";
import { request } from "@arcjet/next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { ajSignup } from "@/lib/arcjet";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { Email } from "@/lib/validation";
import { newToken, sha256 } from "@/lib/crypto";

const SignUpSchema = z.object({
  email: Email,
  password: z.string().min(12).max(200),
  name: z.string().min(1).max(120),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: unknown, formData: FormData) {
  const decision = await ajSignup.protect(await request(), { email: String(formData.get("email") ?? "") });
  if (decision.isDenied()) return { error: "Sign-up is unavailable right now." };

  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the highlighted fields." };

  const exists = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (exists) {
    // same response either way; the email tells existing users to sign in
    await sendEmail({ to: parsed.data.email, subject: "You already have an account", html: "<p>Sign in instead.</p>" });
    // ok: information-disclosure
    return { ok: true, message: "Check your inbox to continue." };
  }
  const token = newToken();
  await prisma.user.create({
    // ok: mass-assignment
    data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) },
  });
  await prisma.magicLinkToken.create({ data: { email: parsed.data.email, token: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail({ to: parsed.data.email, subject: "Verify your email", html: `<a href="https://relayhub.org/verify?t=${token}">Verify</a>` });
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to continue." };
}

const CharitySignUp = z.object({
  charityName: z.string().min(2).max(160),
  registeredNo: z.string().max(20).optional(),
});

/** Second step of onboarding: the signed-in user registers their charity and becomes its owner. */
// userId comes from the onboarding page props (hidden input bound on the client)
// ruleid: missing-input-validation
// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function registerCharity(userId: string, formData: FormData) {
  const session = await auth();
  if (!session?.user) redirect("/sign-in?next=/onboarding");
  await rateLimitByIp("register-charity", 3);
  const input = CharitySignUp.parse(Object.fromEntries(formData));
  const charity = await prisma.charity.create({
    data: {
      name: input.charityName,
      registeredNo: input.registeredNo,
      slug: input.charityName.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      memberships: { create: { userId, role: "owner" } },
    },
    select: { id: true },
  });
  await auditLog({ actorId: userId, charityId: charity.id, action: "charity.register" });
  redirect(`/dashboard/${charity.id}`);
}

// Volunteer self-registration from the public volunteering page
// ruleid: missing-input-validation
// ruleid: missing-rate-limit
// ok: missing-auth
export async function registerVolunteerAccount(formData: FormData) {
  const { password, ...fields } = Object.fromEntries(formData) as Record<string, string>;
  const user = await prisma.user.create({
    data: {
      // ruleid: mass-assignment
      ...fields,
      passwordHash: await bcrypt.hash(password, 12),
    },
    select: { id: true },
  });
  return { id: user.id };
}
