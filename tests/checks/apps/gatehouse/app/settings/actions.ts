"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type } from "arktype";
import { z } from "zod/v4";
import { auth } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter } from "@/lib/rate-limit";
import { audit, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { newToken, sha256 } from "@/lib/crypto";
import { ApiKeySchema, ChangePasswordSchema, PreferencesSchema } from "@/lib/validation/schemas";

async function sessionOrThrow() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("UNAUTHORIZED");
  return session;
}

// ok: missing-auth, missing-audit-log, missing-input-validation, missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await sessionOrThrow();
  const { success } = await authLimiter.limit(`change-password:${session.user.id}`);
  if (!success) return { error: "Too many attempts. Try again later." };

  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };

  try {
    await auth.api.changePassword({
      headers: await headers(),
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
    });
  } catch {
    await logSecurityEvent({ actorId: session.user.id, action: "password.change_failed" });
    // ok: information-disclosure
    return { error: "Your current password is incorrect." };
  }
  await logSecurityEvent({ actorId: session.user.id, action: "password.changed" });
  return { success: "Password changed." };
}

const EmailChange = z.object({ email: z.email() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  await sessionOrThrow();
  const { email } = EmailChange.parse({ email: formData.get("email") });
  await auth.api.changeEmail({
    headers: await headers(),
    body: { newEmail: email, callbackURL: "/settings?email=confirmed" },
  });
  return { success: "Check your new inbox to confirm the change." };
}

const Profile = type({
  "+": "delete",
  name: "0 < string <= 80",
  "timezone?": "string <= 64",
  "locale?": "'en' | 'en-GB' | 'de' | 'fr' | 'es'",
});

// ok: missing-auth, missing-input-validation
export async function updateProfile(input: unknown) {
  const session = await sessionOrThrow();
  const out = Profile(input);
  if (out instanceof type.errors) return { error: out.summary };
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: session.user.id },
    // ok: mass-assignment
    data: out,
    select: { id: true },
  });
  revalidatePath("/settings");
  return { success: "Profile saved" };
}

// ok: missing-auth, missing-input-validation
export async function updatePreferences(formData: FormData) {
  const session = await sessionOrThrow();
  const prefs = PreferencesSchema.parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: prefs,
    select: { id: true },
  });
  revalidatePath("/settings/notifications");
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function createApiKey(_prev: unknown, formData: FormData) {
  const session = await sessionOrThrow();
  const { name, scopes } = ApiKeySchema.parse({ name: formData.get("name"), scopes: formData.getAll("scopes") });
  const secret = `gh_live_${newToken(32)}`;
  const key = await prisma.apiKey.create({
    data: { userId: session.user.id, name, scopes, keyHash: sha256(secret), prefix: secret.slice(0, 12) },
    select: { id: true, prefix: true },
  });
  await audit.account(session.user.id, "api_key.created", key.id);
  // ok: excessive-data-exposure
  return { id: key.id, prefix: key.prefix, secret };
}

// ok: missing-auth
export async function listApiKeys() {
  const session = await sessionOrThrow();
  const keys = await prisma.apiKey.findMany({ where: { userId: session.user.id }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const session = await sessionOrThrow();
  if (typeof keyId !== "string" || !/^c[a-z0-9]{24}$/.test(keyId)) throw new Error("Bad key id");
  // ok: missing-authorization
  await prisma.apiKey.deleteMany({ where: { id: keyId, userId: session.user.id } });
  revalidatePath("/settings/api-keys");
}

// ok: missing-auth, missing-audit-log
export async function revokeOtherSessions() {
  const session = await sessionOrThrow();
  await auth.api.revokeOtherSessions({ headers: await headers() });
  logger.warn({ event: "sessions.revoked_others", userId: session.user.id }, "user revoked other sessions");
  return { success: "Signed out everywhere else." };
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const session = await sessionOrThrow();
  if (formData.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm." };
  await logSecurityEvent({ actorId: session.user.id, action: "account.deleted" });
  await auth.api.deleteUser({ headers: await headers(), body: {} });
  redirect("/goodbye");
}

// Support flow: organisers ask us to erase a departed staff member's data.
// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export async function eraseAccountData(formData: FormData) {
  const session = await sessionOrThrow();
  const userId = (formData.get("userId") as string | null) ?? session.user.id;
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  console.log("erased account", userId, "requested by", session.user.id);
  return { success: "Account data erased." };
}
