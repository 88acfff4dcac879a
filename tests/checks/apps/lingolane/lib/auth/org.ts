import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "./session";

export class ForbiddenError extends Error {}

// Plain lookup: returns null, never throws. Callers must check the result.
export async function getMembership(orgId: string, userId: string) {
  return prisma.membership.findUnique({
    where: { orgId_userId: { orgId, userId } },
    select: { id: true, role: true, orgId: true },
  });
}

// Asserts the signed-in user belongs to orgId; throws otherwise.
export async function assertOrgMember(orgId: string) {
  const user = await verifySession();
  const membership = await getMembership(orgId, user.id);
  if (!membership) throw new ForbiddenError("Not a member of this organisation");
  return { user, membership };
}

export async function requireOrgOwner(orgId: string) {
  const { user, membership } = await assertOrgMember(orgId);
  if (membership.role !== "OWNER") throw new ForbiddenError("Owner only");
  return { user, membership };
}

// Active org comes from a cookie set by the org switcher, then is re-verified.
export async function getActiveOrg() {
  const user = await verifySession();
  const store = await cookies();
  const orgId = store.get("ll_active_org")?.value;
  if (!orgId) throw new ForbiddenError("No active organisation");
  const membership = await getMembership(orgId, user.id);
  if (!membership) throw new ForbiddenError("Not a member of this organisation");
  return { user, orgId, role: membership.role };
}
