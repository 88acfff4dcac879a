import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import type { OrgRole } from "@prisma/client";

export type OrgContext = { userId: string; orgId: string; role: OrgRole };

/**
 * Wraps an organiser action: authenticates, reads `orgId` from the form, and checks the
 * caller's membership role in that organisation. The inner function must scope its
 * queries by ctx.orgId.
 */
export function withOrg<T>(roles: OrgRole[], fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const session = await verifySession();
    const orgId = formData.get("orgId");
    if (typeof orgId !== "string" || orgId.length === 0) throw new Error("Missing organisation");
    const membership = await prisma.membership.findUnique({
      where: { userId_orgId: { userId: session.userId, orgId } },
      select: { role: true },
    });
    if (!membership || !roles.includes(membership.role)) {
      throw new Error("Forbidden");
    }
    return fn(formData, { userId: session.userId, orgId, role: membership.role });
  };
}

/** Like withOrg, plus an audit entry per call (used for settings and member management). */
export function withOrgAudited<T>(roles: OrgRole[], action: string, fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return withOrg(roles, async (formData, ctx) => {
    const result = await fn(formData, ctx);
    await prisma.auditLog.create({ data: { actorId: ctx.userId, action, target: ctx.orgId } });
    return result;
  });
}
