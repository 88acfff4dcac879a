import { auth as clerkAuth } from "@clerk/nextjs/server";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import type { StaffRole } from "@/lib/permissions";

export type OrgCtx = { userId: string; schoolId: string; role: StaffRole };

/** Clerk organisations map 1:1 to schools. Throws when signed out or no active org. */
export function withOrg<A extends unknown[], R>(handler: (ctx: OrgCtx, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { userId, orgId, orgRole } = await clerkAuth();
    if (!userId || !orgId) throw new Error("Unauthorized");
    const school = await prisma.school.findFirst({ where: { id: orgId }, select: { id: true, suspended: true } });
    if (!school || school.suspended) throw new Error("School unavailable");
    return handler({ userId, schoolId: school.id, role: (orgRole?.replace("org:", "") ?? "support") as StaffRole }, ...args);
  };
}

/** Built on withOrg: also enforces a minimum role. */
export function withRole<A extends unknown[], R>(roles: StaffRole[], handler: (ctx: OrgCtx, ...args: A) => Promise<R>) {
  return withOrg<A, R>(async (ctx, ...args) => {
    if (!roles.includes(ctx.role)) throw new Error("Forbidden");
    return handler(ctx, ...args);
  });
}

/** withRole + an audit row per call. */
export function withAuditedRole<A extends unknown[], R>(action: string, roles: StaffRole[], handler: (ctx: OrgCtx, ...args: A) => Promise<R>) {
  return withRole<A, R>(roles, async (ctx, ...args) => {
    const out = await handler(ctx, ...args);
    await auditLog({ schoolId: ctx.schoolId, actorId: ctx.userId, action });
    return out;
  });
}

export type ActionState = { error?: string; success?: string; [k: string]: unknown };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<T>,
) {
  return async (prevState: ActionState, formData: FormData) => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData, user);
  };
}

/** Timing + error logging only. Adds no auth. */
export function withTracing<A extends unknown[], R>(name: string, handler: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const t0 = Date.now();
    try {
      return await handler(...args);
    } finally {
      console.log(`[action] ${name} ${Date.now() - t0}ms`);
    }
  };
}
