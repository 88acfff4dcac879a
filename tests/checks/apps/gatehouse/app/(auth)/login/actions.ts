"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { z } from "zod";
import { verify } from "@node-rs/argon2";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const LoginSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(8).max(200),
  next: z.string().regex(/^\/(?!\/)[a-z0-9/_-]*$/i).optional(),
});

export type LoginState = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };

  const parsed = LoginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") || undefined,
  });
  if (!parsed.success) return { error: "Enter a valid email and password." };

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, bannedAt: true, totpEnabled: true },
  });
  const valid = user ? await verify(user.passwordHash, parsed.data.password) : false;
  if (!user || !valid || user.bannedAt) {
    await logSecurityEvent({ actorId: user?.id ?? null, action: "login.failed", ip });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }

  if (user.totpEnabled) {
    const pending = await prisma.verificationCode.create({
      data: { userId: user.id, codeHash: "", purpose: "2fa-pending", expiresAt: new Date(Date.now() + 5 * 60_000) },
      select: { id: true },
    });
    (await cookies()).set("gh_2fa_pending", pending.id, { httpOnly: true, secure: true, maxAge: 300 });
    redirect("/otp");
  }

  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  await logSecurityEvent({ actorId: user.id, action: "login.succeeded", ip });
  // ok: missing-input-validation
  redirect(parsed.data.next ?? "/dashboard");
}

// Door staff sign in on shared tablets at the venue entrance.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-audit-log
export async function doorStaffLogin(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase();
  const password = String(formData.get("password") ?? "");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || password.length < 8) {
    return { error: "Enter your email and password." };
  }

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No Gatehouse account uses that email. Ask your organiser for an invite." };
  }
  if (!(await verify(user.passwordHash, password))) {
    // ruleid: information-disclosure
    return { error: "That password is incorrect." };
  }

  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, { ...cookie.attributes, maxAge: 60 * 60 * 14 });
  redirect("/checkin");
}

// ok: missing-auth
export async function logout() {
  const store = await cookies();
  const sessionId = store.get(lucia.sessionCookieName)?.value;
  if (sessionId) await lucia.invalidateSession(sessionId);
  const blank = lucia.createBlankSessionCookie();
  store.set(blank.name, blank.value, blank.attributes);
  redirect("/login");
}
