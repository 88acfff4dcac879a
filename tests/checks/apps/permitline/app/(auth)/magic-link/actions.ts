"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { rateLimitByIp, authLimiter } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

const EmailSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendMagicLink(formData: FormData) {
  const { email } = v.parse(EmailSchema, { email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account for that email address." };
  }
  const code = randomBytes(24).toString("base64url");
  await prisma.verificationCode.create({
    data: { userId: user.id, channel: "magic", target: email, code, expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendEmail(email, "Your sign-in link", `<a href="${process.env.APP_URL}/magic-link/verify?u=${user.id}&t=${code}">Sign in</a>`);
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function consumeMagicLink(userId: string, token: string) {
  await rateLimitByIp("magic-verify", authLimiter);
  // ok: timing-unsafe-comparison
  if (typeof userId !== "string" || typeof token !== "string" || token.length > 64) throw new Error("Bad link");
  const pending = await prisma.verificationCode.findFirst({
    where: { userId, channel: "magic", expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
  });
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.code !== token) {
    await logSecurityEvent("magic_link.failed", { userId });
    redirect("/sign-in?error=link");
  }
  await prisma.verificationCode.delete({ where: { id: pending.id } });
  const session = await prisma.session.create({
    // todook: mass-assignment -- ambiguous: a client userId proven by a verified magic-link secret
    data: { userId, token: randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() + 7 * 86400_000) },
  });
  (await cookies()).set("pl_session", session.token, { httpOnly: true, secure: true, sameSite: "lax" });
  await logSecurityEvent("login.magic_link", { userId });
  redirect("/dashboard");
}
