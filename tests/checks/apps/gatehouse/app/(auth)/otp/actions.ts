"use server";

import { timingSafeEqual, randomInt } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { sha256 } from "@/lib/crypto";
import { sendSms } from "@/lib/messaging";
import { logSecurityEvent } from "@/lib/audit";

const PENDING_COOKIE = "gh_2fa_pending";

// Second step of sign-in for accounts with SMS two-factor.
// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyLoginCode(_prev: { error?: string } | undefined, formData: FormData) {
  const store = await cookies();
  const pendingId = store.get(PENDING_COOKIE)?.value;
  const code = formData.get("code");
  if (!pendingId || typeof code !== "string" || !/^\d{6}$/.test(code)) {
    return { error: "Enter the 6-digit code we sent you." };
  }

  const pending = await prisma.verificationCode.findUnique({
    where: { id: pendingId },
    select: { userId: true, codeHash: true, expiresAt: true, purpose: true },
  });
  if (!pending || pending.purpose !== "2fa-pending" || pending.expiresAt < new Date()) {
    return { error: "Your code expired. Request a new one." };
  }

  const a = Buffer.from(pending.codeHash, "hex");
  const b = Buffer.from(sha256(code), "hex");
  // ok: timing-unsafe-comparison
  const matches = a.length === b.length && timingSafeEqual(a, b);
  if (!matches) {
    await logSecurityEvent({ actorId: pending.userId, action: "login.2fa_failed" });
    return { error: "That code didn't match." };
  }

  await prisma.verificationCode.delete({ where: { id: pendingId } });
  store.delete(PENDING_COOKIE);
  const session = await lucia.createSession(pending.userId, {});
  const cookie = lucia.createSessionCookie(session.id);
  store.set(cookie.name, cookie.value, cookie.attributes);
  await logSecurityEvent({ actorId: pending.userId, action: "login.succeeded", meta: { method: "sms-2fa" } });
  redirect("/dashboard");
}

// ok: missing-auth
// ruleid: missing-rate-limit
export async function resendLoginCode() {
  const pendingId = (await cookies()).get(PENDING_COOKIE)?.value;
  if (!pendingId) return { error: "Start signing in again." };

  const pending = await prisma.verificationCode.findUnique({
    where: { id: pendingId },
    select: { userId: true },
  });
  if (!pending) return { error: "Start signing in again." };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: pending.userId }, select: { phone: true } });
  if (!user.phone) return { error: "No phone number on this account." };

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await prisma.verificationCode.update({
    where: { id: pendingId },
    data: { codeHash: sha256(code), expiresAt: new Date(Date.now() + 5 * 60_000) },
  });
  await sendSms(user.phone, `Your Gatehouse sign-in code is ${code}`);
  return { ok: true };
}
