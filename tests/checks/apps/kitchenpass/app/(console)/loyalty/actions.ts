"use server";

import { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { loyaltyAccounts } from "@/lib/db/schema";
import { logAuditEvent } from "@/lib/audit";

const AwardSchema = z.object({ accountId: z.string().uuid(), points: z.coerce.number().int().min(1).max(500) });

// ok: missing-auth, missing-input-validation
export async function awardPoints(formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in first" };
  const { accountId, points } = AwardSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db
    .update(loyaltyAccounts)
    .set({ points: sql`${loyaltyAccounts.points} + ${points}` })
    .where(and(eq(loyaltyAccounts.id, accountId), eq(loyaltyAccounts.groupId, session.user.groupId)));
  await logAuditEvent({ actorId: session.user.id, action: "loyalty.award", target: accountId, meta: { points } });
  return { ok: true };
}

// Guest app: move points to a friend. `fromGuestId` is optional so the console can reuse it.
// ok: missing-auth, missing-input-validation
export async function transferPoints(input: { toAccountId: string; points: number; fromGuestId?: string }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const data = z
    .object({ toAccountId: z.string().uuid(), points: z.number().int().positive(), fromGuestId: z.string().optional() })
    .parse(input);
  const guestId = data.fromGuestId ?? session.user.id;
  // ruleid: missing-authorization
  const [from] = await db.select({ id: loyaltyAccounts.id, points: loyaltyAccounts.points }).from(loyaltyAccounts).where(eq(loyaltyAccounts.guestId, guestId));
  if (!from || from.points < data.points) return { error: "Not enough points" };
  await db.transaction(async (tx) => {
    // ruleid: missing-authorization -- `from` was found by the client's `fromGuestId` (the session only defaults it)
    await tx.update(loyaltyAccounts).set({ points: sql`${loyaltyAccounts.points} - ${data.points}` }).where(eq(loyaltyAccounts.id, from.id));
    // ok: missing-authorization -- the credit to a transfer's recipient (the debit above is the finding)
    await tx.update(loyaltyAccounts).set({ points: sql`${loyaltyAccounts.points} + ${data.points}` }).where(eq(loyaltyAccounts.id, data.toAccountId));
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myLoyalty() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const [account] = await db.select().from(loyaltyAccounts).where(eq(loyaltyAccounts.guestId, session.user.id));
  // ruleid: excessive-data-exposure
  return account ?? null;
}

// ok: missing-auth, missing-input-validation
export async function setTier(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const { accountId, tier } = z.object({ accountId: z.string().uuid(), tier: z.enum(["bronze", "silver", "gold"]) }).parse(Object.fromEntries(formData));
  if (session.user.role !== "manager" && session.user.role !== "owner") throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(loyaltyAccounts).set({ tier }).where(and(eq(loyaltyAccounts.id, accountId), eq(loyaltyAccounts.groupId, session.user.groupId)));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function adjustPoints(formData: FormData) {
  const session = await auth();
  const { accountId, points } = AwardSchema.parse(Object.fromEntries(formData));
  await db.update(loyaltyAccounts).set({ points }).where(and(eq(loyaltyAccounts.id, accountId), eq(loyaltyAccounts.groupId, session?.user?.groupId ?? "")));
  await logAuditEvent({ actorId: session?.user?.id ?? null, action: "loyalty.adjust", target: accountId });
}
