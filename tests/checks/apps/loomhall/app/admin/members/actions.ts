"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient, authActionClient } from "@/lib/safe-action";
import { requireAdmin } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

const STARTER_PACK = 20;
const roleSchema = z.object({ userId: z.string().cuid(), role: z.enum(["MEMBER", "LEAD", "TREASURER", "ADMIN", "CUSTOMER"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const makeTreasurer = adminActionClient
  .metadata({ name: "makeTreasurer" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: "TREASURER" }, select: { id: true } });
    revalidatePath("/admin/members");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendMember = adminActionClient
  .metadata({ name: "suspendMember" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { suspendedAt: new Date() }, select: { id: true } });
    return { ok: true };
  });

// Self-service "request lead" shortcut added during the pilot. Any signed-in member.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const grantRole = authActionClient
  .metadata({ name: "grantRole" })
  .schema(roleSchema)
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: parsedInput.role }, select: { id: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMember(userId: string) {
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: admin.userId, action: "member.deleted", target: id });
  revalidatePath("/admin/members");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function resetMemberMfa(userId: string) {
  await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { mfaEnabled: false, mfaSecret: null }, select: { id: true } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantStarterCredits(userId: string) {
  await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id }, data: { credits: { increment: STARTER_PACK } }, select: { id: true } });
}

// ok: missing-auth, missing-input-validation
export async function findMember(email: string) {
  await requireAdmin();
  const parsed = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: parsed } });
  // ruleid: excessive-data-exposure
  return user;
}
