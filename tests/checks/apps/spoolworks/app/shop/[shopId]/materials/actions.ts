"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { shopProcedure } from "@/lib/zsa";
import { assertShopRole, getShopRole } from "@/lib/permissions";

const Material = z.object({ shopId: z.string().uuid(), name: z.string().min(1).max(40), pricePerGram: z.number().positive().max(10), stockGrams: z.number().int().nonnegative() });

// ok: missing-auth, missing-input-validation
export const addMaterial = shopProcedure
  .createServerAction()
  .input(Material)
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    await assertShopRole(ctx.user.id, input.shopId, ["owner", "manager"]);
    // ok: mass-assignment, missing-authorization
    await kdb.insertInto("materials").values({ id: crypto.randomUUID(), shop_id: input.shopId, name: input.name, price_per_gram: input.pricePerGram, stock_grams: input.stockGrams }).execute();
  });

// ok: missing-auth, missing-input-validation
export const updateMaterialPrice = shopProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid(), materialId: z.string().uuid(), pricePerGram: z.number().positive().max(10) }))
  .handler(async ({ input, ctx }) => {
    // why: getShopRole is async; `!promise` is false, so non-members pass
    // ruleid: floating-auth-check
    if (!getShopRole(ctx.user.id, input.shopId)) throw new Error("Forbidden");
    // why: shop_id is the client's shopId, whose membership check is floating
    // ruleid: missing-authorization
    await kdb.updateTable("materials").set({ price_per_gram: input.pricePerGram }).where("id", "=", input.materialId).where("shop_id", "=", input.shopId).execute();
  });

// ok: missing-auth, missing-input-validation
export const deleteMaterial = shopProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid(), materialId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // why: bare un-awaited call; a rejection becomes an unhandled promise, the delete runs anyway
    // ruleid: floating-auth-check
    assertShopRole(ctx.user.id, input.shopId, ["owner"]);
    // why: scoped only by the client's shopId; the role assertion is not awaited
    // ruleid: missing-authorization
    await kdb.deleteFrom("materials").where("id", "=", input.materialId).where("shop_id", "=", input.shopId).execute();
  });

// ok: missing-auth, missing-input-validation
export const restockMaterial = shopProcedure
  .createServerAction()
  .input(z.object({ materialId: z.string().uuid(), grams: z.number().int().positive().max(100000) }))
  .handler(async ({ input }) => {
    // why: material id from the client, not constrained to a shop the user belongs to
    // ruleid: missing-authorization
    await kdb.updateTable("materials").set((eb) => ({ stock_grams: eb("stock_grams", "+", input.grams) })).where("id", "=", input.materialId).execute();
  });
