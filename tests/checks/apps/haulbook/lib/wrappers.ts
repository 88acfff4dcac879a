import { z } from "zod";
import { verifySession, getOptionalSession, type Viewer } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

type Handler<A extends unknown[], R> = (viewer: Viewer, ...args: A) => Promise<R>;

export function withAudit<A extends unknown[], R>(action: string, fn: Handler<A, R>): Handler<A, R> {
  return async (viewer, ...args) => {
    const res = await fn(viewer, ...args);
    await auditLog({ tenantId: viewer.tenantId, actorId: viewer.userId, action });
    return res;
  };
}

export function withRole<A extends unknown[], R>(roles: Viewer["role"][], action: string, fn: Handler<A, R>) {
  const audited = withAudit(action, fn);
  return async (...args: A): Promise<R> => {
    const viewer = await verifySession();
    if (!roles.includes(viewer.role)) throw new Error("FORBIDDEN");
    return audited(viewer, ...args);
  };
}

export function withOrganizer<A extends unknown[], R>(action: string, fn: Handler<A, R>) {
  return withRole(["OWNER", "ADMIN"], action, fn);
}

// older helper: no role, no audit
export function withViewer<A extends unknown[], R>(fn: Handler<A, R>) {
  return async (...args: A): Promise<R> => {
    const viewer = await verifySession();
    return fn(viewer, ...args);
  };
}

// dispatcher-only actions (2023). NB: verifySession() below is not awaited.
export function withDispatcher<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    // ruleid: floating-auth-check
    verifySession();
    return fn(...args);
  };
}

// "soft" wrapper for pages that work signed in or out. Does not enforce anything.
export function withTenant<A extends unknown[], R>(fn: (viewer: Viewer | null, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => fn(await getOptionalSession(), ...args);
}

export type ActionState = { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> };

export function validatedActionWithUser<S extends z.ZodTypeAny>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, viewer: Viewer) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors };
    return fn(parsed.data, formData, viewer);
  };
}
