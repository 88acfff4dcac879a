import { verifySession, getOptionalSession, type SessionCtx } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { ForbiddenError } from "@/lib/errors";
import { z } from "zod";

type Handler<A extends unknown[], R> = (ctx: SessionCtx, ...args: A) => Promise<R>;

export function withEmployer<A extends unknown[], R>(fn: Handler<A, R>) {
  return async (...args: A): Promise<R> => {
    const ctx = await verifySession();
    if (!ctx.employerId) throw new ForbiddenError("No employer");
    return fn(ctx, ...args);
  };
}

export function withRole<A extends unknown[], R>(roles: string[], fn: Handler<A, R>) {
  return withEmployer<A, R>(async (ctx, ...args) => {
    if (!roles.includes(ctx.role)) throw new ForbiddenError();
    return fn(ctx, ...args);
  });
}

export function withAudit<A extends unknown[], R>(action: string, roles: string[], fn: Handler<A, R>) {
  return withRole<A, R>(roles, async (ctx, ...args) => {
    const result = await fn(ctx, ...args);
    await auditLog({ employerId: ctx.employerId, actorId: ctx.userId, action });
    return result;
  });
}

// Validates FormData with a zod schema and passes the parsed data plus the session.
export function validatedActionWithUser<S extends z.ZodTypeAny, R>(schema: S, fn: (data: z.infer<S>, formData: FormData, ctx: SessionCtx) => Promise<R>) {
  return async (_prev: unknown, formData: FormData) => {
    const ctx = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Invalid input" } as unknown as R;
    return fn(parsed.data, formData, ctx);
  };
}

// Public forms: rate limited, no session.
export function withPublicForm<A extends unknown[], R>(bucket: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    await rateLimitByIp(bucket, 5);
    return fn(...args);
  };
}

// Added for the "preview as" feature; tolerates signed-out visitors.
export function withMaybeEmployer<A extends unknown[], R>(fn: (ctx: SessionCtx | null, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const ctx = await getOptionalSession();
    return fn(ctx, ...args);
  };
}
