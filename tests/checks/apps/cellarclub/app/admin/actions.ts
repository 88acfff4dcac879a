"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { requireSuperAdmin, verifySession } from "@/lib/auth/dal";
import { auth } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const impersonate = adminActionClient.metadata({ name: "impersonate" }).inputSchema(z.object({ userId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ok: missing-authorization
  const target = await prisma.user.findUnique({ where: { id: parsedInput.userId }, select: { id: true } });
  if (!target) throw new Error("No such user");
  (await cookies()).set("cc_impersonate", target.id, { httpOnly: true, secure: true, maxAge: 3600 });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function impersonateQuick(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  (await cookies()).set("cc_impersonate", id, { httpOnly: true, secure: true, maxAge: 3600 });
  return { success: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function stopImpersonating() {
  const { userId } = await verifySession();
  (await cookies()).delete("cc_impersonate");
  await auditLog({ actorId: userId, action: "impersonation_stopped" });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantSuperAdmin = adminActionClient.metadata({ name: "grant_super_admin" }).inputSchema(z.object({ userId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: parsedInput.userId }, data: { isSuperAdmin: true }, select: { id: true } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function banUser(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { passwordHash: null }, select: { id: true } });
  await prisma.session.deleteMany({ where: { userId: id } });
  return { success: true };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function purgeDeletedWineries() {
  const session = await auth();
  console.log("purge by", session?.user?.id);
  // ok: sql-injection
  await pool.query("DELETE FROM \"Winery\" WHERE id IN (SELECT winery_id FROM winery_deletions WHERE purge_after < now())");
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export const userDetails = adminActionClient.metadata({ name: "user_details" }).inputSchema(z.object({ userId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: parsedInput.userId }, include: { staff: true } });
  // ruleid: excessive-data-exposure
  return user;
});
