"use server";

import * as v from "valibot";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { newToken, sha256 } from "@/lib/crypto";
import { mailer } from "@/lib/messaging";
import { ratelimit, clientIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const MagicLinkSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const { email } = v.parse(MagicLinkSchema, { email: formData.get("email") });

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, bannedAt: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, message: "We couldn't find an account for that email. Want to sign up instead?" };
  }
  if (user.bannedAt) {
    // ruleid: information-disclosure
    return { ok: false, message: "This account has been suspended. Contact support." };
  }

  const token = newToken();
  await prisma.magicLinkToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await mailer.sendMail({
    from: "Gatehouse <signin@gatehouse.app>",
    to: email,
    subject: "Your sign-in link",
    text: `Sign in: ${process.env.APP_URL}/magic-link/${token}`,
  });
  return { ok: true, message: "Check your inbox." };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function consumeMagicLink(token: string) {
  const { success } = await ratelimit.limit(`magic:${await clientIp()}`);
  if (!success) redirect("/login?error=rate");
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) redirect("/login?error=link");

  // ok: timing-unsafe-comparison
  const row = await prisma.magicLinkToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.usedAt || row.expiresAt < new Date()) redirect("/login?error=link");

  await prisma.magicLinkToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
  const session = await lucia.createSession(row.userId, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  await logSecurityEvent({ actorId: row.userId, action: "login.succeeded", meta: { method: "magic-link" } });
  redirect("/dashboard");
}
