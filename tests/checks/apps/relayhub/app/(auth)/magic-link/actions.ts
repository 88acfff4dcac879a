"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mail";
import { newToken } from "@/lib/crypto";
import { lucia } from "@/lib/lucia";
import { rateLimitByIp } from "@/lib/rate-limit";
import { Email } from "@/lib/validation";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const email = Email.parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "There is no Relayhub account for that address." };
  }
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email, token, expiresAt: new Date(Date.now() + 15 * 60_000) } });
  await sendEmail({ to: email, subject: "Your sign-in link", html: `<a href="https://relayhub.org/magic/${token}">Sign in</a>` });
  // ok: information-disclosure
  return { ok: true };
}

// Signs the user in (login success).
// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit
// ok: missing-input-validation
export async function consumeMagicLink(token: string, email: string) {
  await rateLimitByIp("magic-consume", 10);
  if (typeof token !== "string" || token.length < 30 || typeof email !== "string") redirect("/sign-in?e=link");
  const row = await prisma.magicLinkToken.findUnique({ where: { token }, select: { id: true, email: true, expiresAt: true } });
  // ok: timing-unsafe-comparison
  if (!row || row.expiresAt < new Date() || row.email !== email.toLowerCase()) redirect("/sign-in?e=link");
  await prisma.magicLinkToken.delete({ where: { id: row.id } });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: row.email }, select: { id: true } });
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/donor");
}
