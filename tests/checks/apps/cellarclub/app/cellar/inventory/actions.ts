"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";
import { withRole, withWinery, withTiming } from "@/lib/wrappers";
import { searchInventory, lowStock, adjustStock } from "@/lib/dal/inventory";
import { requireClerkUserId } from "@/lib/auth/clerk";

// ok: missing-auth, missing-input-validation
export const findWines = withWinery(async (formData, ctx) => {
  const { term, sort } = z.object({ term: z.string().max(60), sort: z.enum(["name", "vintage", "stock"]) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, excessive-data-exposure
  return searchInventory(ctx.wineryId, term, sort);
});

// ok: missing-auth, missing-input-validation
export const lowStockReport = withWinery(async (formData, ctx) => {
  const threshold = z.coerce.number().int().min(0).max(1000).parse(formData.get("threshold"));
  const filter = z.string().max(60).parse(formData.get("filter") ?? "");
  return lowStock(ctx.wineryId, threshold, filter);
});

// ok: missing-auth, missing-input-validation
export const receiveStock = withRole(["OWNER", "WINEMAKER"], async (formData, ctx) => {
  const { wineId, cases } = z.object({ wineId: z.string().cuid(), cases: z.coerce.number().int().positive() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await adjustStock(ctx.wineryId, wineId, cases * 12);
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const updateWine = withRole(["OWNER", "WINEMAKER"], async (formData, ctx) => {
  const input = z.object({ wineId: z.string().cuid(), name: z.string().min(2).optional(), priceCents: z.coerce.number().int().positive().optional(), public: z.coerce.boolean().optional() }).parse(Object.fromEntries(formData));
  const { wineId, ...data } = input;
  await prisma.wine.updateMany({
    // ok: missing-authorization
    where: { id: wineId, wineryId: ctx.wineryId },
    // ok: mass-assignment
    data,
  });
  return { success: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameWineFast = withRole(["OWNER", "WINEMAKER"], async (formData, ctx) => {
  const wineId = formData.get("wineId");
  const name = formData.get("name");
  // ruleid: sql-injection
  await pool.query(`UPDATE wines SET name = '${name}' WHERE id = $1 AND winery_id = $2`, [wineId, ctx.wineryId]);
  return { success: true };
});

// ok: missing-input-validation
// ruleid: missing-auth
export const recountWine = withTiming(async (wineId: string, counted: number) => {
  z.string().cuid().parse(wineId);
  z.number().int().nonnegative().parse(counted);
  await prisma.wine.update({ where: { id: wineId }, data: { stock: counted } });
  return { success: true };
});

// Kiosk tenants (Clerk) reading the shelf list.
// ok: missing-auth, missing-input-validation
export async function kioskShelf(wineryId: string) {
  const clerkId = await requireClerkUserId();
  const id = z.string().cuid().parse(wineryId);
  const staff = await prisma.staffMembership.findFirst({ where: { wineryId: id, userId: clerkId }, select: { id: true } });
  if (!staff) throw new Error("Forbidden");
  // ok: missing-authorization, sql-injection
  const { rows } = await pool.query("SELECT id, name, vintage, price_cents FROM wines WHERE winery_id = $1 AND public = true", [id]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function wineCostSheet(wineryId: string) {
  await requireClerkUserId();
  const id = z.string().cuid().parse(wineryId);
  // ruleid: missing-authorization
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM wines WHERE winery_id = $1", [id]);
  // ruleid: excessive-data-exposure
  return rows;
}
