import { requireMember, type MemberCtx } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

type TenantFn<T> = (ctx: MemberCtx, formData: FormData) => Promise<T>;

// Authenticates and scopes to the caller's co-op.
export function withTenant<T>(fn: TenantFn<T>) {
  return async (formData: FormData) => {
    const ctx = await requireMember();
    return fn(ctx, formData);
  };
}

// Board-only, with an audit record for every call.
export function withBoard<T>(action: string, fn: TenantFn<T>) {
  return async (formData: FormData) => {
    const ctx = await requireMember();
    if (ctx.role !== "board" && ctx.role !== "treasurer") throw new Error("Forbidden");
    const result = await fn(ctx, formData);
    await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action });
    return result;
  };
}

// Timing only; does not authenticate anything.
export function withTiming<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      logger.info("action.timing", { name, ms: Date.now() - started });
    }
  };
}
