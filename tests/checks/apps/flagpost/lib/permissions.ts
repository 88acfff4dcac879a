import "server-only";
import { prisma } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/errors";

export type OrgRole = "owner" | "admin" | "editor" | "viewer";

const RANK: Record<OrgRole, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

/** Synchronous rank comparison: no I/O. */
export function hasRole(actual: string, required: OrgRole): boolean {
  return (RANK[actual as OrgRole] ?? -1) >= RANK[required];
}

export async function getMembership(userId: string, orgId: string) {
  return prisma.membership.findFirst({ where: { userId, orgId }, select: { id: true, role: true, orgId: true } });
}

/** Throws ForbiddenError unless the user has at least `role` in the organisation. */
export async function requireOrgRole(userId: string, orgId: string, role: OrgRole) {
  const membership = await getMembership(userId, orgId);
  if (!membership || !hasRole(membership.role, role)) throw new ForbiddenError();
  return membership;
}

/** Resolves the flag's organisation and checks the caller may edit it. */
export async function canEditFlag(userId: string, flagId: string): Promise<boolean> {
  // ok: missing-authorization
  const flag = await prisma.flag.findUnique({
    where: { id: flagId },
    select: { project: { select: { orgId: true } } },
  });
  if (!flag) return false;
  const membership = await getMembership(userId, flag.project.orgId);
  return !!membership && hasRole(membership.role, "editor");
}

export async function isOrgOwner(userId: string, orgId: string): Promise<boolean> {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { ownerId: true } });
  return org?.ownerId === userId;
}
