"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { users, memberships, accounts } from "@/lib/db/schema";
import { requireUser, getCurrentUser } from "@/lib/session";
import { rateLimitByKey } from "@/lib/rate-limit";
import { logSecurityEvent, auditLog } from "@/lib/audit";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = authActionClient
  .metadata({ actionName: "changePassword" })
  .schema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`pw:${ctx.user.id}`);
    try {
      await auth.api.changePassword({ body: { ...parsedInput, revokeOtherSessions: true }, headers: await headers() });
    } catch {
      await logSecurityEvent("password_change_failed", ctx.user.id);
      // ok: information-disclosure
      return { error: "Could not change password." };
    }
    await logSecurityEvent("password_changed", ctx.user.id);
    return { success: true };
  });

// why: email change (security-relevant) with no audit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const changeEmail = authActionClient
  .metadata({ actionName: "changeEmail" })
  .schema(z.object({ newEmail: z.string().email() }))
  .action(async ({ parsedInput }) => {
    await auth.api.changeEmail({ body: { newEmail: parsedInput.newEmail, callbackURL: "/account" }, headers: await headers() });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const confirm = z.literal("DELETE").safeParse(formData.get("confirm"));
  if (!confirm.success) return { error: "Type DELETE to confirm." };
  // ok: missing-authorization
  await db.delete(memberships).where(eq(memberships.userId, user.id));
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, user.id));
  await auditLog({ actorId: user.id, action: "account.delete" });
  redirect("/");
}

// why: disables 2FA without an audit event, and its password check has no rate limit
// ruleid: missing-audit-log, missing-rate-limit
// ok: missing-auth, missing-input-validation
export const disableTwoFactor = authActionClient
  .metadata({ actionName: "disableTwoFactor" })
  .schema(z.object({ password: z.string().min(1) }))
  .action(async ({ parsedInput }) => {
    await auth.api.disableTwoFactor({ body: { password: parsedInput.password }, headers: await headers() });
    return { success: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccountById(userId: string) {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const id = z.string().min(1).parse(userId);
  await logSecurityEvent("account.delete", current.id, { target: id });
  // why: deletes an account given a client-supplied userId, with no check it is the caller's own
  // ruleid: missing-authorization
  await db.delete(users).where(eq(users.id, id));
}

// ok: missing-auth, missing-input-validation
export async function unlinkProvider(providerId: string) {
  const user = await requireUser();
  const provider = z.enum(["google", "microsoft", "okta"]).parse(providerId);
  // ok: missing-authorization
  const linked = await db.select({ id: accounts.id, providerId: accounts.providerId }).from(accounts).where(eq(accounts.userId, user.id));
  const target = linked.find((a) => a.providerId === provider);
  if (!target || linked.length < 2) return { error: "Cannot unlink your only sign-in method." };
  // ok: missing-authorization
  await db.delete(accounts).where(eq(accounts.id, target.id));
  await logSecurityEvent("account.unlink", user.id, { provider });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const user = await requireUser();
  // ok: missing-authorization
  const [me] = await db.select().from(users).where(eq(users.id, user.id));
  // why: own full users row including twoFactorSecret is still a leak
  // ruleid: excessive-data-exposure
  return me;
}
