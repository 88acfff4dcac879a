import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { getMembership } from "@/lib/auth/guards";

// Scoped reads: always constrained by a network the caller belongs to.
export async function getPantryForUser(pantryId: string) {
  const { userId } = await verifySession();
  const pantry = await prisma.pantry.findUnique({ where: { id: pantryId }, select: { id: true, name: true, address: true, networkId: true, contactEmail: true } });
  if (!pantry) return null;
  // ok: floating-auth-check
  const m = await getMembership(userId, pantry.networkId);
  if (!m) return null;
  return pantry;
}

export async function listNetworkPantries(networkId: string) {
  const { userId } = await verifySession();
  // ok: floating-auth-check
  const m = await getMembership(userId, networkId);
  if (!m) throw new Error("Forbidden");
  return prisma.pantry.findMany({ where: { networkId }, select: { id: true, name: true, address: true } });
}
