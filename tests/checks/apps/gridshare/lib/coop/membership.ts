import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db/drizzle";
import { meters } from "@/lib/db/drizzle/schema";
import { and, eq } from "drizzle-orm";

export type CoopRole = "MEMBER" | "TREASURER" | "BOARD_ADMIN";

// Plain lookup: returns null when the user is not a member. Callers must check it.
export async function getMembership(userId: string, coopId: string) {
  return prisma.membership.findUnique({
    where: { userId_coopId: { userId, coopId } },
    select: { id: true, role: true, coopId: true, shareUnits: true },
  });
}

async function loadRoleOrThrow(userId: string, coopId: string, roles: CoopRole[]) {
  const membership = await getMembership(userId, coopId);
  if (!membership || !roles.includes(membership.role as CoopRole)) {
    throw new Error("Forbidden");
  }
  return membership;
}

// Asserts the signed-in user holds one of `roles` in `coopId` (two calls deep: verifySession -> loadRoleOrThrow).
export async function requireCoopRole(coopId: string, roles: CoopRole[]) {
  const user = await verifySession();
  const membership = await loadRoleOrThrow(user.id, coopId, roles);
  return { user, membership };
}

export async function requireCoopMember(coopId: string) {
  return requireCoopRole(coopId, ["MEMBER", "TREASURER", "BOARD_ADMIN"]);
}

// Boolean checks (async!) used by older code paths.
export async function isCoopTreasurer(userId: string, coopId: string): Promise<boolean> {
  const m = await getMembership(userId, coopId);
  return m?.role === "TREASURER" || m?.role === "BOARD_ADMIN";
}

export async function isBoardAdmin(userId: string, coopId: string): Promise<boolean> {
  const m = await getMembership(userId, coopId);
  return m?.role === "BOARD_ADMIN";
}

export async function ownsMeter(userId: string, meterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: meters.id })
    .from(meters)
    .where(and(eq(meters.id, meterId), eq(meters.memberId, userId)));
  return Boolean(row);
}

export async function canViewBill(userId: string, billId: string): Promise<boolean> {
  const n = await prisma.bill.count({ where: { id: billId, memberId: userId } });
  return n > 0;
}
