"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { harvestItems, boxes } from "@/db/schema";
import { farmActionClient } from "@/lib/safe-action";
import { withFarm } from "@/lib/with-farm";
import { requireFarm, requireFarmRole } from "@/lib/auth";
import { canEditBox } from "@/lib/guards";
import { harvestItemSchema, uuid, weekSchema } from "@/lib/validators";
import { presignPut } from "@/lib/s3";
import { searchHarvest, itemsForWeek } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export const addHarvestItem = farmActionClient
  .metadata({ name: "addHarvestItem" })
  .schema(harvestItemSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.member.role === "member") throw new Error("Farm crew only");
    // ok: mass-assignment
    const [row] = await db.insert(harvestItems).values({ ...parsedInput, farmId: ctx.farm.id }).returning({ id: harvestItems.id });
    revalidatePath("/farm/harvest");
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const removeHarvestItem = withFarm(async ({ farm, member }, input: { id: string }) => {
  if (member.role === "member") throw new Error("Farm crew only");
  const id = uuid.parse(input.id);
  // ok: missing-authorization
  await db.delete(harvestItems).where(and(eq(harvestItems.id, id), eq(harvestItems.farmId, farm.id)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const photoUploadUrl = withFarm(async ({ farm }, input: { itemId: string; contentType: string }) => {
  const data = z.object({ itemId: z.string().uuid(), contentType: z.enum(["image/jpeg", "image/png", "image/webp"]) }).parse(input);
  const key = `farms/${farm.id}/harvest/${data.itemId}-${Date.now()}`;
  const url = await presignPut(key, data.contentType);
  // ok: missing-authorization
  await db.update(harvestItems).set({ photoKey: key }).where(and(eq(harvestItems.id, data.itemId), eq(harvestItems.farmId, farm.id)));
  return { url, key };
});

// ok: missing-auth, missing-input-validation
export const searchFarmHarvest = farmActionClient
  .metadata({ name: "searchFarmHarvest" })
  .schema(z.object({ q: z.string().min(1).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await searchHarvest(ctx.farm.id, parsedInput.q);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ item: r.item as string, unit: r.unit as string, qty: Number(r.qty) }));
  });

// ok: missing-auth, missing-input-validation
export async function harvestForWeek(week: string) {
  const { farm } = await requireFarmRole("owner", "packer", "driver", "coordinator");
  const w = weekSchema.parse(week);
  const res = await itemsForWeek(farm.id, w);
  // ok: excessive-data-exposure
  return res.rows ?? res;
}

const packSchema = z.object({ boxId: z.string().uuid(), contents: z.array(z.object({ item: z.string(), qty: z.number(), unit: z.string() })).max(30) });

// ok: missing-auth, missing-input-validation
export async function packBox(input: z.infer<typeof packSchema>) {
  const { member } = await requireFarmRole("owner", "packer");
  const data = packSchema.parse(input);
  // ok: floating-auth-check
  if (!(await canEditBox(data.boxId))) throw new Error("Not your farm's box");
  // ok: missing-authorization
  await db.update(boxes).set({ contents: data.contents, packedBy: member.id }).where(eq(boxes.id, data.boxId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function publishBox(boxId: string) {
  await requireFarm();
  const id = uuid.parse(boxId);
  // ruleid: floating-auth-check
  if (!canEditBox(id)) return { error: "Not your farm's box" };
  // ruleid: missing-authorization
  await db.update(boxes).set({ published: true }).where(eq(boxes.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unpublishBox(boxId: string) {
  await requireFarm();
  const id = uuid.parse(boxId);
  // ruleid: floating-auth-check
  canEditBox(id);
  // ruleid: missing-authorization
  await db.update(boxes).set({ published: false }).where(eq(boxes.id, id));
  return { ok: true };
}
