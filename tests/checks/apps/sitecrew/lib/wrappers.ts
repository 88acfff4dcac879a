import "server-only";
import type { z } from "zod";
import { auth } from "@/lib/auth";
import { verifySession, type StaffSession } from "@/lib/dal";
import { requireRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { STAFF_ROLES, type StaffRole } from "@/lib/validation";

type Handler<A extends unknown[], R> = (ctx: StaffSession, ...args: A) => Promise<R>;

/** Records an audit entry after the wrapped function succeeds. */
export function withAudit<A extends unknown[], R>(action: string, fn: Handler<A, R>): Handler<A, R> {
  return async (ctx, ...args) => {
    const result = await fn(ctx, ...args);
    await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action, meta: { args: args.length } });
    return result;
  };
}

/** Authenticates (verifySession redirects) and checks the staff role. */
export function withRole<A extends unknown[], R>(roles: readonly StaffRole[], fn: Handler<A, R>) {
  return async (...args: A): Promise<R> => {
    const ctx = await requireRole(roles);
    return fn(ctx, ...args);
  };
}

/** Any staff member of the contractor, audited. */
export function withContractor<A extends unknown[], R>(action: string, fn: Handler<A, R>) {
  return withRole(STAFF_ROLES, withAudit(action, fn));
}

export type ActionState = { ok?: boolean; error?: string; fieldErrors?: Record<string, string[]> } | undefined;

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: StaffSession) => Promise<R>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

/**
 * Legacy helper from the v1 codebase: passes whatever session there is.
 * Kept for the owner-report screens that render for guests too.
 */
export function withMaybeUser<A extends unknown[], R>(
  fn: (user: { userId?: string; tenantId?: string }, ...args: A) => Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    const session = await auth();
    return fn({ userId: session?.user?.id, tenantId: session?.user?.tenantId }, ...args);
  };
}
