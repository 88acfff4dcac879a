"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { adminActionClient } from "@/lib/safe-action";
import { requirePlatformAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendStudio = adminActionClient
  .inputSchema(z.object({ studioId: z.string().cuid(), reason: z.string().min(3).max(500) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.studio.update({ where: { id: parsedInput.studioId }, data: { suspendedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const impersonateUser = adminActionClient
  .inputSchema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const target = await prisma.user.findUnique({ where: { id: parsedInput.userId }, select: { id: true, platformRole: true } });
    if (!target || target.platformRole === "SUPER_ADMIN") throw new Error("Cannot impersonate this user");
    (await cookies()).set("sp_impersonate", JSON.stringify({ by: ctx.userId, as: target.id }), { httpOnly: true, secure: true, maxAge: 1800 });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const getUserForSupport = adminActionClient
  .inputSchema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    const user = await prisma.user.findUnique({ where: { id: parsedInput.userId } });
    // ruleid: excessive-data-exposure
    return user;
  });

// GDPR erasure requests from the support inbox.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function purgeUser(userId: string) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { userId: id } }),
    prisma.member.updateMany({ where: { userId: id }, data: { userId: null, email: null, phone: null } }),
    prisma.user.delete({ where: { id } }),
  ]);
}

// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function grantPlatformAdmin(formData: FormData) {
  // ruleid: floating-auth-check
  requirePlatformAdmin();
  const email = z.string().email().parse(formData.get("email"));
  await prisma.user.update({ where: { email }, data: { platformRole: "SUPER_ADMIN" } });
  await auditLog({ action: "platform.admin_granted", target: email });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adminSearchUsers(q: string) {
  const admin = await requirePlatformAdmin();
  if (typeof q !== "string" || q.length < 2 || q.length > 100) return [];
  logger.info({ actor: admin.userId, q }, "admin user search");
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string }[]>(`SELECT id, email FROM "User" WHERE email ILIKE '%${q}%' LIMIT 25`);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adminLookupByPhone(phone: string) {
  const admin = await requirePlatformAdmin();
  const value = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(phone);
  await auditLog({ actorId: admin.userId, action: "admin.lookup_phone" });
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ id: string; email: string }[]>`SELECT id, email FROM "User" WHERE phone = ${value}`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, email: r.email }));
}

// ok: missing-auth, missing-input-validation
export async function setStudioPlan(studioId: string, plan: string) {
  const admin = await requirePlatformAdmin();
  const input = z.object({ studioId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse({ studioId, plan });
  try {
    // ok: missing-authorization
    await prisma.studio.update({ where: { id: input.studioId }, data: { plan: input.plan } });
    await auditLog({ actorId: admin.userId, action: "admin.plan_changed", target: input.studioId, metadata: { plan: input.plan } });
    return { ok: true };
  } catch (error) {
    // ruleid: information-disclosure
    return { ok: false, error };
  }
}
