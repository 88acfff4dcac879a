"use server";

import { type } from "arktype";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { liteDb, notificationPrefs, sqlite } from "@/lib/db/sqlite";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/email";

const Prefs = type({ email: "boolean", sms: "boolean", push: "boolean", "quietHours?": "string <= 20" });

// ok: missing-auth, missing-input-validation
export async function updatePreferences(_prev: { error?: string }, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in again." };
  const prefs = Prefs({
    email: formData.get("email") === "on",
    sms: formData.get("sms") === "on",
    push: formData.get("push") === "on",
    quietHours: (formData.get("quietHours") as string | null) ?? undefined,
  });
  if (prefs instanceof type.errors) return { error: prefs.summary };
  await liteDb
    .insert(notificationPrefs)
    .values({ userId: session.user.id, ...prefs })
    .onConflictDoUpdate({ target: notificationPrefs.userId, set: prefs });
  return {};
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendTestNotification(channel: "sms" | "email") {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  if (channel !== "sms" && channel !== "email") throw new Error("Unknown channel");
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { email: true, phone: true } });
  if (channel === "sms" && user?.phone) await sendSms(user.phone, "This is a test notification from Pawprint 🐾");
  if (channel === "email" && user) await sendEmail({ to: user.email, subject: "Test notification", html: "<p>It works!</p>" });
  return { sent: true };
}

// ok: missing-auth, missing-input-validation
export async function registerPushToken(token: string, platform: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  if (typeof token !== "string" || token.length > 2000 || !["web", "ios", "android"].includes(platform)) throw new Error("Invalid token");
  await prisma.pushToken.upsert({
    where: { token },
    // ok: mass-assignment
    create: { token, platform, userId: session.user.id },
    update: { userId: session.user.id, platform },
  });
}

// "Mute all" link in notification e-mails (carries the recipient's id).
// ruleid: missing-input-validation
// ok: missing-auth
export async function muteAllFor(userId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  // ruleid: sql-injection, missing-authorization
  sqlite.prepare(`UPDATE notification_prefs SET email = 0, sms = 0, push = 0 WHERE user_id = '${userId}'`).run();
  return { muted: true };
}

// ok: missing-auth
export async function getMyPreferences() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const row = await liteDb.query.notificationPrefs.findFirst({ where: eq(notificationPrefs.userId, session.user.id) });
  // ok: excessive-data-exposure
  return row ? { email: row.email, sms: row.sms, push: row.push, quietHours: row.quietHours } : null;
}
