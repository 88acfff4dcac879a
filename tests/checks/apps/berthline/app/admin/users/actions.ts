"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { IdSchema } from "@/lib/schemas";

async function requireGroupAdmin() {
  const session = await auth();
  if (!session?.user) redirect("/login");
  if ((session.user as { role?: string }).role !== "GROUP_ADMIN") throw new Error("Forbidden");
  return session.user;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adminDeleteUser(userId: string) {
  const admin = await requireGroupAdmin();
  const id = IdSchema.parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  logger.warn({ actorId: admin.id, target: id }, "admin deleted user");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function adminSetUserRole(userId: string, role: string) {
  const session = await auth();
  if (!session?.user || (session.user as { role?: string }).role !== "GROUP_ADMIN") throw new Error("Forbidden");
  const input = z.object({ userId: IdSchema, role: z.enum(["BOAT_OWNER", "STAFF", "REGIONAL_ADMIN"]) }).parse({ userId, role });
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: input.userId }, data: { role: input.role } });
}

// Support tool: clears 2FA for a locked-out customer.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adminResetTwoFactor(userId: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const id = IdSchema.parse(userId);
  await auditLog({ actorId: session.user.id, action: "admin.2fa-reset", target: id });
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { done: true };
}

// ok: missing-auth, missing-audit-log
export async function exportAllUsers() {
  const admin = await requireGroupAdmin();
  logger.info({ actorId: admin.id }, "admin exported users");
  const users = await prisma.user.findMany({ orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-audit-log
export async function exportUserDirectory() {
  const admin = await requireGroupAdmin();
  logger.info({ actorId: admin.id }, "admin exported user directory");
  const users = await prisma.user.findMany({ select: { id: true, email: true, name: true, role: true, createdAt: true } });
  // ok: excessive-data-exposure
  return users;
}
