"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { requireAdmin, verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

const PLATFORM_ROLES = ["passenger", "partner", "support", "admin"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setUserRole = adminActionClient
  .schema(z.object({ userId: z.string(), role: z.enum(PLATFORM_ROLES) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: parsedInput.role } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(userId: string) {
  const admin = await requireAdmin();
  const id = z.string().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  await auditLog(admin.id, "admin.user_deleted", id);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendUser(userId: string) {
  await requireAdmin();
  const id = z.string().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { role: "suspended" } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantAdmin(userId: string) {
  const me = await verifySession();
  if (me.role !== "admin") throw new Error("Forbidden");
  const id = z.string().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { role: "admin" } });
}

// ok: missing-auth, missing-input-validation
export async function impersonationLookup(email: string) {
  await requireAdmin();
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export const adjustCredits = adminActionClient
  .schema(z.object({ userId: z.string(), delta: z.number().int() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.wallet.update({ where: { userId: parsedInput.userId }, data: { credits: { increment: parsedInput.delta } } });
    await auditLog(ctx.userId, "admin.credits_adjusted", parsedInput.userId, { delta: parsedInput.delta });
  });
