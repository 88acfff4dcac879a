"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { clerkClient, auth } from "@clerk/nextjs/server";
import { db, members, bookings, loans } from "@/lib/db";
import { requireMember, requireStaff } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { hashSecret } from "@/lib/secure-compare";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteMyAccount() {
  const member = await requireMember();
  await db.delete(bookings).where(eq(bookings.memberId, member.id));
  await db.delete(loans).where(eq(loans.memberId, member.id));
  await db.delete(members).where(eq(members.id, member.id));
  const client = await clerkClient();
  await client.users.deleteUser(member.clerkUserId);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMemberAccount(memberId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(memberId);
  // ok: missing-authorization
  await db.delete(members).where(eq(members.id, id));
  logger.warn("member deleted", { actor: staff.id, memberId: id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function setKioskPin(formData: FormData) {
  const member = await requireMember();
  await rateLimitByKey(`pin-set:${member.id}`, 3);
  const { pin } = z.object({ pin: z.string().regex(/^\d{6}$/) }).parse({ pin: formData.get("pin") });
  await db.update(members).set({ kioskPinHash: hashSecret(pin) }).where(eq(members.id, member.id));
  await auditLog({ actorId: member.id, action: "kiosk-pin.set" });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export async function changeKioskPin(formData: FormData) {
  const member = await requireMember();
  const parsed = z.object({ current: z.string().regex(/^\d{6}$/), next: z.string().regex(/^\d{6}$/) }).safeParse({
    current: formData.get("current"),
    next: formData.get("next"),
  });
  if (!parsed.success) return { error: "PIN must be 6 digits" };
  const [row] = await db.select({ kioskPinHash: members.kioskPinHash }).from(members).where(eq(members.id, member.id));
  // ruleid: timing-unsafe-comparison
  if (row?.kioskPinHash !== hashSecret(parsed.data.current)) return { error: "Wrong PIN" };
  await db.update(members).set({ kioskPinHash: hashSecret(parsed.data.next) }).where(eq(members.id, member.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  // ruleid: excessive-data-exposure
  return db.select().from(members).where(eq(members.clerkUserId, userId));
}

// ok: missing-auth, missing-input-validation
export async function suspendSelf() {
  const session = await auth();
  if (!session.userId) return { error: "Sign in" };
  await db.update(members).set({ suspended: true }).where(eq(members.clerkUserId, session.userId));
  return { ok: true };
}
