"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";
import { validatedStaffAction } from "@/lib/wrappers/with-staff";
import { rateLimitByKey } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";

const ProfileSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.maxLength(120)),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/))),
});

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedStaffAction(ProfileSchema, async (data, staff) => {
  // ok: mass-assignment, missing-authorization
  await db.update(users).set(data).where(eq(users.id, staff.userId));
  revalidatePath("/account");
  return { ok: true };
});

const PasswordSchema = v.object({ current: v.string(), next: v.pipe(v.string(), v.minLength(10)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export const changePassword = validatedStaffAction(PasswordSchema, async (data, staff) => {
  await rateLimitByKey(`pw:${staff.userId}`);
  const [u] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, staff.userId));
  // ok: timing-unsafe-comparison
  if (!u?.passwordHash || !(await bcrypt.compare(data.current, u.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  const passwordHash = await bcrypt.hash(data.next, 12);
  await db.update(users).set({ passwordHash }).where(eq(users.id, staff.userId));
  await auditLog({ actorId: staff.userId, action: "password.change" });
  return { ok: true };
});

// ruleid: missing-audit-log, missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function changeEmail(formData: FormData) {
  const staff = await verifySession();
  const parsed = v.safeParse(v.pipe(v.string(), v.email()), formData.get("email"));
  if (!parsed.success) return { error: "Invalid email" };
  // ok: missing-authorization
  await db.update(users).set({ email: parsed.output, emailVerified: false }).where(eq(users.id, staff.userId));
  await sendMail(parsed.output, "Confirm your new email", "Open the station portal to confirm.");
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function deleteMyAccount() {
  const staff = await verifySession();
  await auditLog({ actorId: staff.userId, action: "account.delete" });
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, staff.userId));
}

// ok: missing-auth
export async function getMyProfile() {
  const staff = await verifySession();
  const [me] = await db.select({ id: users.id, email: users.email, name: users.name, phone: users.phone }).from(users).where(eq(users.id, staff.userId));
  // ok: excessive-data-exposure
  return me;
}

// Used by the account export button.
// ok: missing-auth
export async function exportMyAccount() {
  const staff = await verifySession();
  const [me] = await db.select().from(users).where(eq(users.id, staff.userId));
  // ruleid: excessive-data-exposure
  return me;
}
