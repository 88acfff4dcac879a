import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

export type OrgContext = { userId: string; orgId: string; agencyId: string; isOwner: boolean };

export async function requireOrg(): Promise<OrgContext> {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) {
    throw new Error("Unauthorized");
  }
  const agency = await prisma.agency.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  if (!agency) throw new Error("Agency not provisioned");
  return { userId, orgId, agencyId: agency.id, isOwner: has({ role: "org:owner" }) };
}

export async function requireOwner(): Promise<OrgContext> {
  const ctx = await requireOrg();
  if (!ctx.isOwner) throw new Error("Forbidden");
  return ctx;
}
