"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/drizzle";
import { adminActionClient } from "@/lib/safe-action";
import { requireSuperadmin, verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { newToken, hashToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const banUser = adminActionClient
  .metadata({ name: "ban_user" })
  .inputSchema(z.object({ userId: z.string().cuid(), reason: z.string().max(500) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { bannedAt: new Date() } });
    await prisma.session.deleteMany({ where: { userId: parsedInput.userId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const featureEvent = adminActionClient
  .metadata({ name: "feature_event" })
  .inputSchema(z.object({ eventId: z.string().cuid(), featured: z.boolean() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.event.update({ where: { id: parsedInput.eventId }, data: { isFeatured: parsedInput.featured } });
    return { ok: true };
  });

const roleSchema = z.object({ userId: z.string().cuid(), role: z.enum(["FAN", "SUPPORT", "SUPERADMIN"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setPlatformRole(userId: string, role: string) {
  await requireSuperadmin();
  const input = roleSchema.parse({ userId, role });
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: input.userId },
    data: { role: input.role },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantCredits(_prev: unknown, formData: FormData) {
  const admin = await requireSuperadmin();
  const { userId, amount } = z
    .object({ userId: z.string().cuid(), amount: z.coerce.number().int().min(1).max(10_000) })
    .parse({ userId: formData.get("userId"), amount: formData.get("amount") });
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { credits: { increment: amount } } });
  logger.info({ actor: admin.userId, userId, amount }, "credits_granted");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function impersonateUser(userId: string) {
  await requireSuperadmin();
  const id = z.string().cuid().parse(userId);
  const token = newToken();
  await prisma.session.create({ data: { userId: id, token: hashToken(token), expiresAt: new Date(Date.now() + 36e5), userAgent: "impersonation" } });
  (await cookies()).set("mq_impersonate", token, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 3600 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(q: string) {
  await requireSuperadmin();
  const term = z.string().min(2).max(100).parse(q);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM users WHERE email ILIKE '%' || $1 || '%' ORDER BY created_at DESC LIMIT 25", [term]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendOrganizer(organizerId: string, hard: boolean) {
  const session = await verifySession();
  const id = z.string().cuid().parse(organizerId);
  if (hard) {
    if (session.role !== "SUPERADMIN") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.organizer.delete({ where: { id } });
  } else {
    // ruleid: missing-authorization
    await prisma.organizer.update({ where: { id }, data: { plan: "suspended" } });
  }
  await auditLog({ action: hard ? "organizer.deleted" : "organizer.suspended", actorId: session.userId, target: id });
  return { ok: true };
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function recomputeFees(organizerId: string, feePercent: number) {
  // ruleid: floating-auth-check
  requireSuperadmin();
  const data = z.object({ organizerId: z.string().cuid(), feePercent: z.number().min(0).max(20) }).parse({ organizerId, feePercent });
  await prisma.organizer.update({ where: { id: data.organizerId }, data: { feePercent: data.feePercent } });
  await auditLog({ action: "organizer.fee_changed", target: data.organizerId, metadata: { feePercent: data.feePercent } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUserAccount(userId: string) {
  const admin = await requireSuperadmin();
  const id = z.string().cuid().parse(userId);
  try {
    // ok: missing-authorization
    await prisma.user.delete({ where: { id } });
  } catch (err) {
    logger.error({ err, id }, "admin_delete_failed");
    // ruleid: information-disclosure
    return { error: String(err) };
  }
  await auditLog({ action: "user.deleted", actorId: admin.userId, target: id });
  return { ok: true };
}
