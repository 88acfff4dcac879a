import "server-only";
import { z } from "zod";
import { requireUser, getCurrentUser, type SessionUser } from "@/lib/session";
import { requireMembership, atLeast, type Role } from "@/lib/workspace";
import { auditLog } from "@/lib/audit";
import { rateLimitByKey } from "@/lib/rate-limit";

export type WorkspaceCtx = {
  user: SessionUser;
  workspace: { id: string; slug: string; name: string; plan: string };
  role: Role;
};

/** Server-action HOF: signed-in member of the workspace named in the form. */
export function withWorkspace<T>(fn: (formData: FormData, ctx: WorkspaceCtx) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const user = await requireUser();
    const slug = formData.get("workspaceSlug");
    if (typeof slug !== "string" || slug.length === 0) throw new Error("workspaceSlug required");
    const { workspace, role } = await requireMembership(slug, user.id);
    return fn(formData, { user, workspace, role });
  };
}

/** Same, but admins only, rate limited, and audited. */
export function withWorkspaceAdmin<T>(action: string, fn: (formData: FormData, ctx: WorkspaceCtx) => Promise<T>) {
  return withWorkspace(async (formData, ctx) => {
    if (!atLeast(ctx.role, "admin")) throw new Error("Forbidden");
    await rateLimitByKey(`admin:${ctx.user.id}`);
    const result = await fn(formData, ctx);
    await auditLog({ actorId: ctx.user.id, workspaceId: ctx.workspace.id, action });
    return result;
  });
}

type ActionState = { error?: string; success?: string } | undefined;

export function validatedActionWithUser<S extends z.ZodTypeAny, T extends ActionState>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) {
      return { error: "Please sign in again." };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

/** Lightweight wrapper used by a few older actions: logs but does not authenticate. */
export function withTiming<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>) {
  return async (...args: A): Promise<T> => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      console.log(`[action] ${name} ${Date.now() - started}ms`);
    }
  };
}
