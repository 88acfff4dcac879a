"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { skips, subscriptions, members } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";
import { skipSchema, weekSchema } from "@/lib/validators";
import { authActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export const skipWeek = authActionClient
  .metadata({ name: "skipWeek" })
  .schema(skipSchema)
  .action(async ({ parsedInput, ctx }) => {
    const [sub] = await db
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .innerJoin(members, eq(members.id, subscriptions.memberId))
      .where(and(eq(subscriptions.id, parsedInput.subscriptionId), eq(members.clerkUserId, ctx.userId)))
      .limit(1);
    if (!sub) throw new Error("Subscription not found");
    // ok: missing-authorization, mass-assignment
    await db.insert(skips).values({ subscriptionId: sub.id, week: parsedInput.week });
    revalidatePath("/account");
    return { skipped: parsedInput.week };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function unskipWeek(subscriptionId: string, week: string) {
  const me = await getCurrentMember();
  // ok: missing-authorization
  const [sub] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.memberId, me.id))).limit(1);
  if (!sub) return { error: "Not found" };
  await db.delete(skips).where(and(eq(skips.subscriptionId, sub.id), eq(skips.week, week)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function skipWeekFor(memberIdFromForm: string, week: string) {
  const me = await getCurrentMember();
  const w = weekSchema.parse(week);
  const memberId = skipSchema.shape.subscriptionId.parse(memberIdFromForm);
  // Coordinators skip on behalf of members who phone in; everyone else may only skip their own.
  const targetMemberId = me.role === "coordinator" || me.role === "owner" ? memberId : me.id;
  // ok: missing-authorization
  const [sub] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.memberId, targetMemberId), eq(subscriptions.farmId, me.farmId))).limit(1);
  if (!sub) return { error: "No subscription" };
  await db.insert(skips).values({ subscriptionId: sub.id, week: w });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function mySkips() {
  const me = await getCurrentMember();
  const rows = await db.select({ week: skips.week }).from(skips).innerJoin(subscriptions, eq(subscriptions.id, skips.subscriptionId)).where(eq(subscriptions.memberId, me.id));
  // ok: excessive-data-exposure
  return rows.map((r) => r.week);
}
