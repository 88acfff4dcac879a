"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, orgActionClient } from "@/lib/safe-action";
import { validatedActionWithUser } from "@/lib/wrappers";
import { verifySession } from "@/lib/auth/session";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog, logger } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";
import { signOut } from "@/auth";

const changePasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(changePasswordSchema, async (data, _fd, user) => {
  await rateLimitByIp(`pw-change:${user.id}`, 5);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(data.current, row.passwordHash))) return { error: "Current password is wrong" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await auditLog({ actorId: user.id, action: "account.password_changed" });
  return { success: "Password changed" };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export const changePasswordQuick = authActionClient.schema(changePasswordSchema).action(async ({ parsedInput, ctx }) => {
  const row = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await bcrypt.compare(parsedInput.current, row.passwordHash))) return { error: "Current password is wrong" };
  await prisma.user.update({ where: { id: ctx.userId }, data: { passwordHash: await bcrypt.hash(parsedInput.next, 12) } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changeEmail = authActionClient.schema(z.object({ email: z.string().email() })).action(async ({ parsedInput, ctx }) => {
  await rateLimitByIp(`email-change:${ctx.userId}`, 3);
  await prisma.user.update({ where: { id: ctx.userId }, data: { email: parsedInput.email, emailVerified: null } });
  logger.info({ userId: ctx.userId }, "account.email_changed");
  await sendMail(parsedInput.email, "Confirm your new email", "Click to confirm.");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const confirm = z.literal("DELETE").safeParse(formData.get("confirm"));
  if (!confirm.success) return { error: 'Type "DELETE" to confirm' };
  await auditLog({ actorId: user.id, action: "account.deleted" });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: user.id } });
  await signOut({ redirect: false });
  redirect("/");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteAccountById(userId: unknown) {
  const me = await verifySession();
  const id = z.string().cuid().parse(userId);
  if (id !== me.id) throw new Error("You can only delete your own account");
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  redirect("/");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = orgActionClient.schema(z.object({ name: z.string().min(1).max(60) })).action(async ({ parsedInput, ctx }) => {
  const raw = `ll_live_${randomBytes(24).toString("hex")}`;
  await prisma.apiKey.create({
    // ok: mass-assignment
    data: { name: parsedInput.name, userId: ctx.userId, orgId: ctx.orgId, keyHash: sha256(raw), prefix: raw.slice(0, 12) },
  });
  await auditLog({ actorId: ctx.userId, action: "apikey.created", target: parsedInput.name });
  return { key: raw };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = authActionClient.schema(z.object({ keyId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const { count } = await prisma.apiKey.updateMany({
    // ok: missing-authorization
    where: { id: parsedInput.keyId, userId: ctx.userId },
    data: { revokedAt: new Date() },
  });
  return { count };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeOrgApiKey = orgActionClient.schema(z.object({ keyId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.apiKey.update({
    where: { id: parsedInput.keyId },
    data: { revokedAt: new Date() },
  });
  return { ok: true };
});

// ok: missing-auth
export const listApiKeys = authActionClient.action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { userId: ctx.userId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});
