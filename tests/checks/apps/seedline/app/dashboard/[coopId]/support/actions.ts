"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { db, farmerAccounts } from "@/lib/drizzle";
import { requireCoopMember } from "@/lib/permissions";
import { sendSms } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// Support desk resets a farmer's USSD PIN over the phone.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resetFarmerPin(coopId: string, memberId: string) {
  const ctx = await requireCoopMember(coopId, ["SUPPORT", "ADMIN", "OWNER"]);
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization
  const member = await prisma.member.findFirst({ where: { id, coopId: ctx.coopId }, select: { id: true, phone: true } });
  if (!member) throw new Error("Unknown member");
  await rateLimitByKey(`pin-reset:${member.id}`);
  const temp = String(Math.floor(1000 + Math.random() * 9000));
  await db.update(farmerAccounts).set({ pinHash: await bcrypt.hash(temp, 10), failedAttempts: 0, locked: false }).where(eq(farmerAccounts.memberId, member.id));
  await sendSms(member.phone, `Your temporary Seedline PIN is ${temp}. Change it after signing in.`);
  return { ok: true };
}

type AccountPatch = { phone?: string; locked?: boolean; failedAttempts?: number };

// ruleid: missing-input-validation
// ok: missing-auth
export async function patchFarmerAccount(coopId: string, accountId: string, patch: AccountPatch) {
  const ctx = await requireCoopMember(coopId, ["SUPPORT", "ADMIN", "OWNER"]);
  // ruleid: missing-authorization
  await db
    .update(farmerAccounts)
    // ruleid: mass-assignment
    .set(patch)
    .where(eq(farmerAccounts.id, accountId));
  await auditLog({ action: "support.account_patched", actorId: ctx.userId, coopId: ctx.coopId, target: accountId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unlockFarmerAccount(coopId: string, accountId: string) {
  const ctx = await requireCoopMember(coopId, ["SUPPORT", "ADMIN", "OWNER"]);
  const id = z.string().min(8).max(40).parse(accountId);
  // ruleid: missing-authorization
  await db.update(farmerAccounts).set({ locked: false, failedAttempts: 0 }).where(eq(farmerAccounts.id, id));
  await auditLog({ action: "support.account_unlocked", actorId: ctx.userId, coopId: ctx.coopId, target: id });
  return { ok: true };
}
