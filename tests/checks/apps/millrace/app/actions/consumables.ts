"use server";

import { z } from "zod";
import { eq, sql } from "drizzle-orm";
import { db, consumables } from "@/lib/db";
import { staffAction, memberAction } from "@/lib/safe-action";
import { requireStaff } from "@/lib/auth";
import { withStaff } from "@/lib/with-member";

// ok: missing-auth, missing-input-validation
export const restock = staffAction
  .metadata({ name: "consumable.restock" })
  .schema(z.object({ consumableId: z.string().uuid(), qty: z.number().int().positive() }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection, missing-authorization
    await db.update(consumables).set({ stock: sql`${consumables.stock} + ${parsedInput.qty}` }).where(eq(consumables.id, parsedInput.consumableId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setPrice = memberAction
  .metadata({ name: "consumable.price" })
  .schema(z.object({ consumableId: z.string().uuid(), priceCents: z.number().int().min(0) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.update(consumables).set({ priceCents: parsedInput.priceCents }).where(eq(consumables.id, parsedInput.consumableId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function catalogue() {
  // ok: excessive-data-exposure
  return db.select({ id: consumables.id, name: consumables.name, priceCents: consumables.priceCents }).from(consumables);
}

// ok: missing-auth
// ruleid: missing-input-validation
export const importConsumables = withStaff(async (formData) => {
  const rows = JSON.parse(String(formData.get("csvJson"))) as { sku: string; name: string; priceCents: number }[];
  // ruleid: mass-assignment
  await db.insert(consumables).values(rows);
  return { imported: rows.length };
});

// ok: missing-auth, missing-input-validation
export async function stockLevels() {
  await requireStaff();
  try {
    const rows = await db.select({ sku: consumables.sku, stock: consumables.stock }).from(consumables);
    return { rows };
  } catch (error) {
    // ruleid: information-disclosure
    return { error };
  }
}
