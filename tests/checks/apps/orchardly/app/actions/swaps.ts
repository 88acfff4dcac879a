"use server";

import { and, eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { swaps, subscriptions } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";
import { swapSchema } from "@/lib/validators";
import { farmActionClient } from "@/lib/safe-action";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function requestSwap(_prev: unknown, formData: FormData) {
  const me = await getCurrentMember();
  const submission = parseWithZod(formData, { schema: swapSchema });
  if (submission.status !== "success") return submission.reply();
  const { subscriptionId, week, removeItem, addItem } = submission.value;
  const [sub] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.memberId, me.id))).limit(1);
  if (!sub) return submission.reply({ formErrors: ["Subscription not found"] });
  // ok: mass-assignment, missing-authorization
  await db.insert(swaps).values({ subscriptionId: sub.id, week, removeItem, addItem });
  revalidatePath("/account/swaps");
  return submission.reply({ resetForm: true });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function withdrawSwap(formData: FormData) {
  const me = await getCurrentMember();
  const swapId = formData.get("swapId") as string;
  const [row] = await db.select({ id: swaps.id, memberId: subscriptions.memberId }).from(swaps).innerJoin(subscriptions, eq(subscriptions.id, swaps.subscriptionId)).where(eq(swaps.id, swapId)).limit(1);
  if (!row || row.memberId !== me.id) throw new Error("Not found");
  // ok: missing-authorization
  await db.delete(swaps).where(eq(swaps.id, row.id));
  revalidatePath("/account/swaps");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function editSwap(formData: FormData) {
  const me = await getCurrentMember();
  const swapId = String(formData.get("swapId"));
  const addItem = String(formData.get("addItem"));
  // ruleid: missing-authorization
  await db.update(swaps).set({ addItem }).where(eq(swaps.id, swapId));
  // Check comes after the write: too late.
  const [row] = await db.select({ memberId: subscriptions.memberId }).from(swaps).innerJoin(subscriptions, eq(subscriptions.id, swaps.subscriptionId)).where(eq(swaps.id, swapId)).limit(1);
  if (row?.memberId !== me.id) throw new Error("Not your swap");
  return { ok: true };
}

const reviewSchema = z.object({ swapId: z.string().uuid(), decision: z.enum(["approved", "declined"]) });

// ok: missing-auth, missing-input-validation
export const reviewSwap = farmActionClient
  .metadata({ name: "reviewSwap" })
  .schema(reviewSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.member.role !== "packer" && ctx.member.role !== "owner") throw new Error("Packers only");
    const [row] = await db.select({ id: swaps.id, farmId: subscriptions.farmId }).from(swaps).innerJoin(subscriptions, eq(subscriptions.id, swaps.subscriptionId)).where(eq(swaps.id, parsedInput.swapId)).limit(1);
    if (!row || row.farmId !== ctx.farm.id) throw new Error("Not found");
    // ok: missing-authorization
    await db.update(swaps).set({ status: parsedInput.decision }).where(eq(swaps.id, row.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listSwapsForWeek = farmActionClient
  .metadata({ name: "listSwapsForWeek" })
  .schema(z.object({ week: z.string().date() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(swaps).innerJoin(subscriptions, eq(subscriptions.id, swaps.subscriptionId)).where(and(eq(subscriptions.farmId, ctx.farm.id), eq(swaps.week, parsedInput.week)));
    // ruleid: excessive-data-exposure
    return rows;
  });
