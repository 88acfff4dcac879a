import "server-only";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "./guards";

export async function getMembership(userId: string, orgId: string) {
  return prisma.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { role: true, orgId: true } });
}

export async function assertOrgAdmin(orgId: string) {
  const user = await requireUser();
  const m = await getMembership(user.id, orgId);
  if (!m || m.role !== "admin") throw new Error("Forbidden");
  return { user, membership: m };
}
