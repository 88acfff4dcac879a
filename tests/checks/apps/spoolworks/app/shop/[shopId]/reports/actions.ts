"use server";

import { z } from "zod";
import { withShop } from "@/lib/with-shop";
import { revenueByPeriod, topMaterials, ordersMatching, jobsSorted } from "@/lib/reports";
import { shopRevenueReport } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export const revenueReport = withShop(async (formData, ctx) => {
  if (ctx.role === "operator") throw new Error("Managers only");
  const grouping = z.enum(["day", "week", "month"]).parse(formData.get("grouping"));
  const rows = await revenueByPeriod(ctx.shopId, grouping);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ period: r.period.toISOString(), cents: Number(r.cents) }));
});

// ok: missing-auth, missing-input-validation
export const materialsReport = withShop(async (_formData, ctx) => {
  const rows = await topMaterials(ctx.shopId);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ material: r.material, count: Number(r.n) }));
});

// why: free-text status filter reaches $queryRawUnsafe in lib/reports.ts unchecked
// ruleid: missing-input-validation
// ok: missing-auth
export const filterOrders = withShop(async (formData, ctx) => {
  const rows = await ordersMatching(ctx.shopId, String(formData.get("status") ?? "'pending'"));
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, status: r.status }));
});

// ok: missing-auth, missing-input-validation
export const jobBoard = withShop(async (formData, ctx) => {
  const orderBy = z.enum(["created_at", "status", "printer_id"]).parse(formData.get("orderBy") ?? "status");
  const rows = await jobsSorted(ctx.shopId, orderBy);
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const dailyRollup = withShop(async (formData, ctx) => {
  const { from, to } = z.object({ from: z.string().date(), to: z.string().date() }).parse({ from: formData.get("from"), to: formData.get("to") });
  // ok: excessive-data-exposure
  return shopRevenueReport(ctx.shopId, from, to);
});
