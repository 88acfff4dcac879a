"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withWinery, withRole } from "@/lib/wrappers";
import { isWineryOwner, hasStaffRole } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { recordActivity } from "@/lib/audit";
import { checkShipment } from "@/lib/compliance";

const ItemSchema = z.object({ allocationId: z.string().cuid(), wineId: z.string().cuid(), quantity: z.coerce.number().int().min(0).max(24) });

// ok: missing-auth, missing-input-validation
export const setAllocationItem = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const input = ItemSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const alloc = await prisma.allocation.findFirst({ where: { id: input.allocationId, wineryId: ctx.wineryId }, select: { id: true, status: true } });
  if (!alloc || alloc.status !== "draft") throw new Error("Allocation is locked");
  await prisma.allocationItem.create({
    // ok: mass-assignment
    data: { allocationId: alloc.id, wineId: input.wineId, quantity: input.quantity },
  });
  return { success: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const lockAllocation = withWinery(async (formData, ctx) => {
  const id = formData.get("allocationId") as string;
  // ruleid: missing-authorization
  await prisma.allocation.update({
    where: { id },
    data: { status: "locked" },
  });
  await recordActivity(ctx.userId, ctx.wineryId, "allocation_locked", id);
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const bulkLockQuarter = withWinery(async (formData, ctx) => {
  const quarter = z.string().regex(/^\d{4}-Q[1-4]$/).parse(formData.get("quarter"));
  // ruleid: floating-auth-check
  if (!isWineryOwner(ctx.userId, ctx.wineryId)) throw new Error("Owners only");
  // ok: missing-authorization
  await prisma.allocation.updateMany({ where: { wineryId: ctx.wineryId, quarter }, data: { status: "locked" } });
  return { success: true };
});

// A member customising their own allocation (swap wines before the charge run).
// ok: missing-auth, missing-input-validation
export async function swapAllocationWine(allocationId: string, itemId: string, wineId: string) {
  const { userId } = await verifySession();
  const ids = z.array(z.string().cuid()).length(3).parse([allocationId, itemId, wineId]);
  // ok: missing-authorization
  const alloc = await prisma.allocation.findUnique({ where: { id: ids[0] }, select: { id: true, memberId: true, status: true } });
  const member = alloc && (await prisma.member.findFirst({ where: { id: alloc.memberId, userId }, select: { id: true } }));
  if (!alloc || !member || alloc.status !== "draft") throw new Error("Not found");
  // ok: missing-authorization
  await prisma.allocationItem.updateMany({ where: { id: ids[1], allocationId: alloc.id }, data: { wineId: ids[2] } });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function skipAllocation(wineryId: string, allocationId: string) {
  const { userId } = await verifySession();
  z.string().cuid().parse(wineryId);
  z.string().cuid().parse(allocationId);
  // ruleid: floating-auth-check
  if (!hasStaffRole(userId, wineryId, ["OWNER", "CLUB_MANAGER"])) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.allocation.updateMany({ where: { id: allocationId, wineryId }, data: { status: "skipped" } });
  return { success: true };
}

const ShipCheck = z.object({ allocationId: z.string().cuid(), state: z.string().length(2) });

// ok: missing-auth, missing-input-validation
export const checkAllocationShipping = withWinery(async (formData, ctx) => {
  const { allocationId, state } = ShipCheck.parse(Object.fromEntries(formData));
  const items = await prisma.allocationItem.findMany({
    // ok: missing-authorization
    where: { allocationId, allocation: { wineryId: ctx.wineryId } },
    select: { quantity: true },
  });
  const bottles = items.reduce((n, i) => n + i.quantity, 0);
  return checkShipment(ctx.wineryId, state, bottles);
});
