import { requireRole, type StaffRole } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export type StaffCtx = { userId: string; tenantId: string; role: StaffRole };
type Handler<T> = (ctx: StaffCtx, formData: FormData) => Promise<T>;

export function withAudit<T>(action: string, fn: Handler<T>): Handler<T> {
  return async (ctx, formData) => {
    const result = await fn(ctx, formData);
    await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action });
    return result;
  };
}

export function withRole<T>(roles: StaffRole[], fn: Handler<T>) {
  return async (formData: FormData) => {
    const ctx = await requireRole(...roles);
    return fn(ctx, formData);
  };
}

export function withStaff<T>(fn: Handler<T>) {
  return withRole(["owner", "admin", "claims_manager", "adjuster", "underwriter", "finance", "auditor", "viewer"], fn);
}

export function withClaimsManager<T>(fn: Handler<T>) {
  return withRole(["owner", "admin", "claims_manager"], fn);
}

export function withTenantAdmin<T>(action: string, fn: Handler<T>) {
  return withRole(["owner", "admin"], withAudit(action, fn));
}

// Added during the 2024 observability push. Only logs timing; it does not authenticate.
export function withTiming<T>(name: string, fn: (formData: FormData) => Promise<T>) {
  return async (formData: FormData) => {
    const started = Date.now();
    try {
      return await fn(formData);
    } finally {
      logger.debug({ name, ms: Date.now() - started }, "action_timing");
    }
  };
}
