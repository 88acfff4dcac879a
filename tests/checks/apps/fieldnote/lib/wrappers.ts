import "server-only";
import type { ZodType } from "zod";
import { requireUser, type AppSession } from "@/lib/session";
import { requireRole } from "@/lib/permissions";
import { logActivity } from "@/lib/audit";

export type ActionState = { error?: string; success?: string } | undefined;

/** Binds the signed-in session to a form action. */
export function withWorkspace<T>(fn: (formData: FormData, ctx: { session: AppSession }) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const session = await requireUser();
    return fn(formData, { session });
  };
}

/** Owner/admin only, audited. */
export function withAdmin<T>(action: string, fn: (formData: FormData, ctx: { session: AppSession }) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const session = await requireRole("OWNER", "ADMIN");
    const result = await fn(formData, { session });
    await logActivity({ workspaceId: session.workspaceId, actorId: session.user.id, action });
    return result;
  };
}

/** Validates a form against a zod schema (no session). */
export function validatedAction<S extends ZodType, T>(schema: S, fn: (data: S["_output"], formData: FormData) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData);
  };
}

/** Validates a form and requires a signed-in user. */
export function validatedActionWithUser<S extends ZodType, T>(
  schema: S,
  fn: (data: S["_output"], formData: FormData, session: AppSession) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const session = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, session);
  };
}
