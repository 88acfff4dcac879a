import "server-only";
import { prisma } from "@/lib/db/prisma";

// Member data access: every query is scoped by the winery the caller already proved access to.
export const memberPublicFields = { id: true, status: true, tierId: true, user: { select: { name: true, email: true } } } as const;

export function listMembers(wineryId: string, take = 50) {
  return prisma.member.findMany({ where: { wineryId }, select: memberPublicFields, take });
}

export function getMemberForWinery(wineryId: string, memberId: string) {
  return prisma.member.findFirst({ where: { id: memberId, wineryId }, select: memberPublicFields });
}

export async function getMemberOrThrow(wineryId: string, memberId: string) {
  const m = await getMemberForWinery(wineryId, memberId);
  if (!m) throw new Error("Member not found");
  return m;
}
