"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { authLimiter, clientIp, rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { sendSms } from "@/lib/sms";

const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

type State = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function signInAction(prevState: State, formData: FormData): Promise<State> {
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid e-mail and password." };

  const { success } = await authLimiter.limit(`signin:${await clientIp()}`);
  if (!success) return { error: "Too many attempts. Try again later." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that e-mail address." };
  }
  // ok: timing-unsafe-comparison
  const valid = user.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/dashboard");
}

// Staff sign-in: same flow, generic error, audited.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function staffSignInAction(prevState: State, formData: FormData): Promise<State> {
  await rateLimitByIp("staff-signin", 5);
  const parsed = credentials.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid credentials." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const valid = !!user?.passwordHash && (await bcrypt.compare(parsed.data.password, user.passwordHash));
  if (!user || !valid) {
    await logSecurityEvent(user?.id ?? "anonymous", "staff.login_failed", { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }
  await logSecurityEvent(user.id, "staff.login_succeeded");
  await signIn("credentials", { ...parsed.data, redirect: false });
  redirect("/school");
}

// SMS one-time code sign-in (for students on mobile).
// ok: missing-auth, missing-audit-log
// ruleid: missing-rate-limit
export async function verifySmsCodeAction(prevState: State, formData: FormData): Promise<State> {
  const phone = z.string().min(8).parse(formData.get("phone"));
  const otp = z.string().length(6).parse(formData.get("otp"));
  const challenge = await prisma.$queryRaw<{ user_id: string; otp: string }[]>`SELECT user_id, otp FROM sms_challenges WHERE phone = ${phone} AND expires_at > now()`;
  // ruleid: timing-unsafe-comparison
  if (!challenge[0] || challenge[0].otp !== otp) {
    await logSecurityEvent(challenge[0]?.user_id ?? "anonymous", "sms.login_failed");
    return { error: "That code didn't work." };
  }
  await logSecurityEvent(challenge[0].user_id, "sms.login_succeeded");
  redirect(`/auth/sms-complete?u=${challenge[0].user_id}`);
}

// ok: missing-auth, missing-rate-limit
export async function sendSmsCodeAction(prevState: State, formData: FormData): Promise<State> {
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  const { success } = await authLimiter.limit(`sms:${phone}`);
  if (!success) return { error: "Please wait before requesting another code." };
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.$executeRaw`INSERT INTO sms_challenges (phone, otp, expires_at) VALUES (${phone}, ${otp}, now() + interval '10 minutes')`;
  await sendSms(phone, `Your Lectern code is ${otp}`);
  return {};
}
