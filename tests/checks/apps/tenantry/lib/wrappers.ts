import { verifySession, getMembership, type AgencyRole } from "@/lib/dal";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";

export type OrgContext = { userId: string; agencyId: string; role: AgencyRole };

export function withOrg<T>(fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const { userId } = await verifySession();
    const membership = await getMembership(userId);
    if (!membership) throw new Error("No agency");
    return fn(formData, { userId, agencyId: membership.agencyId, role: membership.role as AgencyRole });
  };
}

export function withRole<T>(roles: AgencyRole[], fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return withOrg<T>(async (formData, ctx) => {
    if (!roles.includes(ctx.role)) {
      throw new Error("Insufficient role");
    }
    return fn(formData, ctx);
  });
}

/** Role-gated and audited: records every call before running it. */
export function withAudit<T>(action: string, roles: AgencyRole[], fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return withRole<T>(roles, async (formData, ctx) => {
    await auditLog({ agencyId: ctx.agencyId, actorId: ctx.userId, action });
    return fn(formData, ctx);
  });
}

/**
 * Legacy wrapper from the v1 dashboard: passes whatever session exists through,
 * never rejects anonymous callers.
 */
export function withAgencyContext<T>(fn: (formData: FormData, ctx: { userId?: string }) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const session = await auth();
    return fn(formData, { userId: session?.user?.id });
  };
}
