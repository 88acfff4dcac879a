"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { randomBytes } from "node:crypto";
import { authorAuth, requireAuthor } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerificationEmail(_prev: unknown, formData: FormData) {
  await rateLimitByIp("verify-resend");
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  await authorAuth.api.sendVerificationEmail({ body: { email, callbackURL: "/author" }, headers: await headers() });
  // ok: information-disclosure
  return { success: "If that address needs verifying, a new link is on its way." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const token = randomBytes(32).toString("hex");
  await prisma.invite.create({ data: { agencyId: "system", email, role: "magic", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 9e5) } });
  await sendMail(email, "Your Quillmere sign-in link", `<a href="https://quillmere.com/magic/${token}">Sign in</a>`);
  return { success: "Check your inbox." };
}

// ok: missing-auth, missing-input-validation
export async function completeOnboarding(_prev: unknown, formData: FormData) {
  const author = await requireAuthor();
  const { penName, genres } = z
    .object({ penName: z.string().min(1).max(80), genres: z.array(z.string().max(30)).max(5) })
    .parse({ penName: formData.get("penName"), genres: formData.getAll("genres") });
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: author.id }, data: { name: penName } });
  return { ok: true, genres };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function continueTo(formData: FormData) {
  await requireAuthor();
  const next = formData.get("next") as string;
  const { redirect } = await import("next/navigation");
  redirect(next);
}
