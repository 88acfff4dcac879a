"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withRole } from "@/lib/wrappers";
import { revenueByMonth, legacyTillTotals } from "@/lib/reports";
import { requireWineryRole } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export const monthlyRevenue = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const year = z.coerce.number().int().min(2000).max(2100).parse(formData.get("year"));
  try {
    // ok: missing-authorization
    return { rows: await revenueByMonth(ctx.wineryId, year) };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
});

// ok: missing-auth, missing-input-validation
export const tillTotals = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const { from, to } = z.object({ from: z.string().max(40), to: z.string().max(40) }).parse(Object.fromEntries(formData));
  try {
    return { rows: await legacyTillTotals(ctx.wineryId, from, to) };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { error: "Report failed. Check the date range." };
  }
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function markOrderReconciled(wineryId: string, orderId: string, patch: Record<string, unknown>) {
  const input = z.object({ wineryId: z.string().cuid(), orderId: z.string().cuid() }).parse({ wineryId, orderId });
  await requireWineryRole(input.wineryId, ["OWNER", "BOOKKEEPER"]);
  await prisma.order.updateMany({
    // ok: missing-authorization
    where: { id: input.orderId, wineryId: input.wineryId },
    // ruleid: mass-assignment
    data: { ...patch, status: "reconciled" },
  });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export const orderLedger = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const take = z.coerce.number().int().min(1).max(500).parse(formData.get("take") ?? 100);
  // ok: missing-authorization
  const orders = await prisma.order.findMany({ where: { wineryId: ctx.wineryId }, select: { id: true, status: true, totalCents: true, shipState: true }, take });
  // ok: excessive-data-exposure
  return orders;
});
