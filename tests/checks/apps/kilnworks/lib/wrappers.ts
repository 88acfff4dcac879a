import "server-only";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { verifySession } from "@/lib/dal";
import { db, memberships } from "@/lib/db";
import { requireInstructor } from "@/lib/clerk";
import { auditLog } from "@/lib/audit";

export type ActionState = { error?: string; success?: string; fieldErrors?: Record<string, string[]> };

export type StudioCtx = { userId: string; studioId: string; role: "member" | "instructor" | "manager" | "owner" };

// Resolves the member's active studio (cookie "kw_studio" picks among several memberships).
async function resolveStudio(userId: string, preferred?: string) {
  const rows = await db
    .select({ studioId: memberships.studioId, role: memberships.role })
    .from(memberships)
    .where(preferred ? and(eq(memberships.userId, userId), eq(memberships.studioId, preferred)) : eq(memberships.userId, userId))
    .limit(1);
  return rows[0] ?? null;
}

export function withStudio<Args extends unknown[], R>(fn: (ctx: StudioCtx, ...args: Args) => Promise<R>) {
  return async (...args: Args): Promise<R> => {
    const session = await verifySession();
    const m = await resolveStudio(session.userId);
    if (!m) {
      throw new Error("You are not a member of a studio");
    }
    return fn({ userId: session.userId, studioId: m.studioId, role: m.role }, ...args);
  };
}

export function withStudioManager<Args extends unknown[], R>(fn: (ctx: StudioCtx, ...args: Args) => Promise<R>) {
  return withStudio<Args, R>(async (ctx, ...args) => {
    if (ctx.role !== "owner" && ctx.role !== "manager") {
      throw new Error("Managers only");
    }
    return fn(ctx, ...args);
  });
}

// Validates FormData with a zod schema; no session involved (used by public forms).
export function validatedAction<S extends z.ZodTypeAny, R>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<R>) {
  return async (_prev: ActionState, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: parsed.error.errors[0]?.message ?? "Invalid input" } as ActionState;
    }
    return fn(parsed.data, formData);
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { userId: string; role: string }) => Promise<R>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: parsed.error.errors[0]?.message ?? "Invalid input" } as ActionState;
    }
    return fn(parsed.data, formData, user);
  };
}

export function withInstructor<Args extends unknown[], R>(
  fn: (ctx: { userId: string; studioId: string; isAdmin: boolean }, ...args: Args) => Promise<R>,
) {
  return async (...args: Args) => {
    const ctx = await requireInstructor();
    return fn(ctx, ...args);
  };
}

// Wraps a manager action with an audit entry written after it succeeds.
export function withAudit<Args extends unknown[], R>(action: string, fn: (ctx: StudioCtx, ...args: Args) => Promise<R>) {
  return withStudioManager<Args, R>(async (ctx, ...args) => {
    const result = await fn(ctx, ...args);
    await auditLog({ actorId: ctx.userId, studioId: ctx.studioId, action });
    return result;
  });
}
