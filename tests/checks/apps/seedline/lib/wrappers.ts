import "server-only";
import { z, type ZodTypeAny } from "zod";
import { verifySession } from "@/lib/dal";
import { requireCoopMember, type CoopRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

type Ctx = { userId: string; coopId: string; role: CoopRole };

export function withAudit<A extends unknown[], R>(action: string, fn: (ctx: Ctx, ...args: A) => Promise<R>) {
  return async (ctx: Ctx, ...args: A): Promise<R> => {
    const result = await fn(ctx, ...args);
    await auditLog({ action, actorId: ctx.userId, coopId: ctx.coopId, meta: { args: args.length } });
    return result;
  };
}

export function withRole<A extends unknown[], R>(roles: CoopRole[], fn: (ctx: Ctx, ...args: A) => Promise<R>) {
  return async (coopId: string, ...args: A): Promise<R> => {
    const ctx = await requireCoopMember(coopId, roles);
    return fn(ctx, ...args);
  };
}

/** Owner/admin-only action that is audit-logged: withCoopAdmin -> withRole -> withAudit. */
export function withCoopAdmin<A extends unknown[], R>(action: string, fn: (ctx: Ctx, ...args: A) => Promise<R>) {
  return withRole<A, R>(["OWNER", "ADMIN"], withAudit<A, R>(action, fn));
}

export type ActionState = { error?: string; success?: string; fieldErrors?: Record<string, string[]> };

export function validatedActionWithUser<S extends ZodTypeAny>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { userId: string; email: string }) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}
