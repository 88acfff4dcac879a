import { auditLog } from "@/lib/audit";
import { requireOrgRole, ALL_STAFF, type StaffRole } from "@/lib/permissions";
import { getOptionalSession } from "@/lib/dal";

export type OrgContext = { userId: string; organizerId: string; role: StaffRole };

type Handler<I, R> = (ctx: OrgContext, input: I) => Promise<R>;

export function withAudit<I, R>(action: string, handler: Handler<I, R>): Handler<I, R> {
  return async (ctx, input) => {
    const result = await handler(ctx, input);
    await auditLog({ action, actorId: ctx.userId, organizerId: ctx.organizerId, metadata: { input: input as unknown } });
    return result;
  };
}

export function withRole<I, R>(roles: StaffRole[], handler: Handler<I, R>) {
  return async (orgSlug: string, input: I): Promise<R> => {
    const ctx = await requireOrgRole(orgSlug, roles);
    return handler(ctx, input);
  };
}

/** Owner/admin only, audited. */
export function withOrganizer<I, R>(handler: Handler<I, R>) {
  return withRole<I, R>(["OWNER", "ADMIN"], withAudit("organizer.action", handler));
}

/** Any staff member, not audited. */
export function withStaff<I, R>(handler: Handler<I, R>) {
  return withRole<I, R>(ALL_STAFF, handler);
}

/** Finance role, audited. */
export function withFinance<I, R>(handler: Handler<I, R>) {
  return withRole<I, R>(["OWNER", "FINANCE"], withAudit("finance.action", handler));
}

/**
 * Added for the embeddable widget editor. Passes the session through if there is one;
 * callers are expected to handle the signed-out case.
 */
export function withViewer<I, R>(handler: (viewer: { userId?: string }, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const session = await getOptionalSession();
    return handler({ userId: session?.userId }, input);
  };
}
