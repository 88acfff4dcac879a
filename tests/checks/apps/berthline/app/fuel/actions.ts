"use server";

import { prisma } from "@/lib/prisma";
import { withMarina, withManager } from "@/lib/with-marina";
import { FuelSaleSchema } from "@/lib/schemas";
import { recordPosSale, posSalesForDay } from "@/lib/queries/fuel";
import { auditLog } from "@/lib/audit";

const SELLERS = new Set(["FUEL_ATTENDANT", "HARBOURMASTER", "MANAGER"]);

// ok: missing-auth, missing-input-validation
export const recordFuelSale = withMarina(async (formData, ctx) => {
  if (!SELLERS.has(ctx.role)) return { error: "Fuel dock staff only." };
  const parsed = FuelSaleSchema.safeParse({ ...Object.fromEntries(formData), marinaId: ctx.marinaId });
  if (!parsed.success) return { error: "Check the sale." };
  const marina = await prisma.marina.findUnique({ where: { id: ctx.marinaId }, select: { slug: true, fuelPriceCents: true } });
  const priceCents = Math.round(parsed.data.litres * (marina?.fuelPriceCents ?? 0));
  // ok: mass-assignment
  const sale = await prisma.fuelSale.create({ data: { ...parsed.data, marinaId: ctx.marinaId, staffId: ctx.userId, priceCents }, select: { id: true } });
  await recordPosSale(marina!.slug, parsed.data.litres, priceCents, sale.id);
  return { id: sale.id, priceCents };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setFuelPrice = withManager(async (formData, ctx) => {
  const price = Number(formData.get("priceCents"));
  if (!Number.isInteger(price) || price <= 0 || price > 1000) return { error: "Price per litre in cents." };
  // ok: missing-authorization
  await prisma.marina.update({ where: { id: ctx.marinaId }, data: { fuelPriceCents: price } });
  await auditLog({ actorId: ctx.userId, action: "fuel.price", target: ctx.marinaId, meta: { price } });
  return { done: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const voidFuelSale = withMarina(async (formData, ctx) => {
  if (!SELLERS.has(ctx.role)) return { error: "Fuel dock staff only." };
  const saleId = formData.get("saleId") as string;
  // ruleid: missing-authorization -- (fixed in pass 31) a role of the seat looked up for the wrapper's marina covers no other marina's row
  await prisma.fuelSale.delete({ where: { id: saleId } });
  return { done: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const dailyFuelReport = withMarina(async (formData, ctx) => {
  const marina = await prisma.marina.findUnique({ where: { id: ctx.marinaId }, select: { slug: true } });
  const day = String(formData.get("day"));
  const rows = await posSalesForDay(marina!.slug, day);
  // ok: excessive-data-exposure
  return { rows };
});
