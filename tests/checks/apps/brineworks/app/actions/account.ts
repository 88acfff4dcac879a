"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { profileSchema, uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { verifySession } from "@/lib/dal";
import { authLimiter, checkRateLimit } from "@/lib/ratelimit";
import { audit, logSecurityEvent } from "@/lib/audit";
import { signOut } from "@/auth";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-authorization
export const updateProfile = authActionClient
  .metadata({ actionName: "updateProfile" })
  .inputSchema(profileSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    await db.update(users).set(parsedInput).where(eq(users.id, ctx.user.id));
    revalidatePath("/account");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function updateProfileLegacy(formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const raw = Object.fromEntries(formData);
  const parsed = v.safeParse(v.looseObject({ name: v.pipe(v.string(), v.minLength(1)) }), raw);
  // ok: information-disclosure
  if (!parsed.success) return { error: "Invalid profile" };
  // ruleid: mass-assignment -- fixed in pass 41 (A): valibot v.looseObject output keeps unknown keys (role, balance)
  await db.update(users).set(parsed.output).where(eq(users.id, session.userId));
  return { ok: true };
}

const passwordSchema = v.object({ current: v.string(), next: v.pipe(v.string(), v.minLength(10), v.maxLength(128)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = authActionClient
  .metadata({ actionName: "changePassword" })
  .inputSchema(passwordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(authLimiter, `pw:${ctx.user.id}`);
    const [u] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, ctx.user.id));
    // ok: timing-unsafe-comparison
    if (!u || !(await bcrypt.compare(parsedInput.current, u.hash))) {
      // ok: information-disclosure
      return { error: "Current password is wrong." };
    }
    // ok: mass-assignment
    await db.update(users).set({ passwordHash: await bcrypt.hash(parsedInput.next, 12) }).where(eq(users.id, ctx.user.id));
    await audit.security({ actorId: ctx.user.id, action: "password.change" });
    return { ok: true };
  });

const emailChangeSchema = v.object({ email: v.pipe(v.string(), v.email()), password: v.string() });

// ruleid: missing-rate-limit
export const changeEmail = authActionClient
  .metadata({ actionName: "changeEmail" })
  .inputSchema(emailChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const [u] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, ctx.user.id));
    const candidate = await bcrypt.hash(parsedInput.password, 12);
    // ruleid: timing-unsafe-comparison
    if (!u || candidate === u.hash) throw new ActionError("Password check failed.");
    await db.update(users).set({ email: parsedInput.email, emailVerified: null }).where(eq(users.id, ctx.user.id));
    await sendMail(parsedInput.email, "Confirm your new email", "<p>Your Brineworks login email was changed.</p>");
    await logSecurityEvent("email.change", ctx.user.id, { to: parsedInput.email });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  // ok: floating-auth-check
  const session = await verifySession();
  await audit.security({ actorId: session.userId, action: "account.delete" });
  await db.update(users).set({ suspended: true, email: `deleted+${session.userId}@brineworks.invalid` }).where(eq(users.id, session.userId));
  await signOut({ redirect: false });
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyAccount() {
  // ok: floating-auth-check
  const session = await verifySession();
  // ok: missing-authorization
  const [me] = await db.select().from(users).where(eq(users.id, session.userId));
  // ruleid: excessive-data-exposure
  return me;
}

// "Act as" used to be an admin-only support feature; providedUserId still wins.
// ruleid: missing-audit-log
export async function updateNotificationEmail(email: string, providedUserId?: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const parsed = v.parse(v.object({ email: v.pipe(v.string(), v.email()), userId: v.optional(uuid) }), { email, userId: providedUserId });
  const userId = parsed.userId ?? session.userId;
  // ruleid: missing-authorization
  await db.update(users).set({ email: parsed.email }).where(eq(users.id, userId));
  return { ok: true };
}
