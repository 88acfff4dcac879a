import "server-only";
import { z } from "zod";
import { verifySession, type SessionUser } from "@/lib/auth/session";
import { getActiveOrg } from "@/lib/auth/org";
import { requireAdmin } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

export type OrgCtx = { user: SessionUser; orgId: string; role: "MEMBER" | "OWNER" };
export type ActionState = { error?: string; success?: string; [k: string]: unknown };

// Project HOF: session + active-org membership, then the action.
export function withOrg<T>(fn: (formData: FormData, ctx: OrgCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const { user, orgId, role } = await getActiveOrg();
    return fn(formData, { user, orgId, role: role as OrgCtx["role"] });
  };
}

export function withOrgOwner<T>(fn: (formData: FormData, ctx: OrgCtx) => Promise<T>) {
  return withOrg(async (formData, ctx) => {
    if (ctx.role !== "OWNER") throw new Error("Owners only");
    return fn(formData, ctx);
  });
}

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    // ok: information-disclosure
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" } as T;
    return fn(parsed.data, formData, user);
  };
}

// Lucia admin + audit of every call.
export function withAdmin<A extends unknown[], T>(name: string, fn: (admin: { id: string }, ...args: A) => Promise<T>) {
  return async (...args: A) => {
    const admin = await requireAdmin();
    const out = await fn({ id: admin.id }, ...args);
    await auditLog({ actorId: admin.id, action: `admin.${name}` });
    return out;
  };
}

// Logs slow actions.
export function withTiming<A extends unknown[], T>(fn: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    const t = Date.now();
    try {
      return await fn(...args);
    } finally {
      if (Date.now() - t > 2000) console.warn("slow action");
    }
  };
}
