"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/actions/validated";
import { authActionClient } from "@/lib/actions/safe-action";
import { verifySession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { signOut } from "@/auth";

const profileSchema = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/).or(z.literal("")),
});

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user.id },
    // ok: mass-assignment
    data,
  });
  revalidatePath("/dashboard/profile");
  return { success: "Saved" };
});

// Used by the mobile app; the schema grew over time.
const appProfileSchema = z.object({
  name: z.string().max(120).optional(),
  phone: z.string().max(20).optional(),
  iban: z.string().max(34).optional(),
  creditBalance: z.number().int().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateProfileFromApp = authActionClient.schema(appProfileSchema).action(async ({ parsedInput, ctx }) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: ctx.userId },
    // ruleid: mass-assignment
    data: parsedInput,
  });
  return { ok: true };
});

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(passwordSchema, async (data, _fd, user) => {
  await rateLimitByIp(`pw:${user.id}`, 5);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(data.current, row.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is wrong" };
  }
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await logSecurityEvent("password.changed", user.id);
  return { success: "Password changed" };
});

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeEmail = validatedActionWithUser(emailSchema, async (data, _fd, user) => {
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: null } });
  revalidatePath("/dashboard/profile");
  return { success: "Email updated; please confirm the new address" };
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteAccount() {
  const user = await verifySession();
  await auditLog({ actorId: user.id, action: "account.deleted", target: user.id });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: user.id } });
  await signOut({ redirectTo: "/" });
}
