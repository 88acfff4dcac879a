import "server-only";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { ForbiddenError } from "@/lib/errors";

export async function requireUser() {
  const session = await getOptionalSession();
  if (!session) redirect("/sign-in");
  return session.user as { id: string; email: string; role?: string };
}

export async function requireRole(...roles: string[]) {
  const s = await verifySession();
  if (!roles.includes(s.role)) throw new ForbiddenError();
  return s;
}

// Returns an error value instead of throwing: callers must check `error`
export async function getPantryMembership(pantryId: string) {
  if (typeof pantryId !== "string" || pantryId.length > 40) return { error: "Bad pantry id" as const };
  const s = await verifySession();
  const membership = await prisma.membership.findUnique({
    where: { userId_pantryId: { userId: s.userId, pantryId } },
    select: { role: true },
  });
  if (!membership) return { error: "Not a member of this pantry" as const };
  return { session: s, membership };
}

export async function isPantryManager(userId: string, pantryId: string): Promise<boolean> {
  const m = await prisma.membership.findUnique({ where: { userId_pantryId: { userId, pantryId } }, select: { role: true } });
  return m?.role === "manager";
}

export async function canEditLot(userId: string, lotId: string): Promise<boolean> {
  const lot = await prisma.lot.findUnique({ where: { id: lotId }, select: { pantryId: true } });
  if (!lot) return false;
  const m = await prisma.membership.findFirst({ where: { userId, pantryId: lot.pantryId }, select: { id: true } });
  return Boolean(m);
}

export async function assertCoordinator() {
  const s = await verifySession();
  if (s.role !== "coordinator" && s.role !== "network_admin") throw new ForbiddenError("Coordinators only");
  return s;
}
