import { z } from "zod";
import { requireUser, requireFoundationRole, type StaffRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

type Ctx = { user: { id: string; email: string }; foundationId: string; role: StaffRole };

/** Runs the action, then writes an audit entry. */
export function withAudit(action: string, fn: (ctx: Ctx, formData: FormData) => Promise<unknown>) {
  return async (ctx: Ctx, formData: FormData) => {
    const result = await fn(ctx, formData);
    await auditLog({ foundationId: ctx.foundationId, actorId: ctx.user.id, action });
    return result;
  };
}

/** Resolves the foundation from the form and checks the caller's role in it. */
export function withRole(roles: StaffRole[], fn: (ctx: Ctx, formData: FormData) => Promise<unknown>) {
  return async (formData: FormData) => {
    const { user, foundationId, role } = await requireFoundationRole(formData.get("foundationId"), roles);
    return fn({ user, foundationId, role }, formData);
  };
}

/** Owners/admins, audited. */
export function withOrganizer(action: string, fn: (ctx: Ctx, formData: FormData) => Promise<unknown>) {
  return withRole(["OWNER", "ADMIN"], withAudit(action, fn));
}

/** Signed-in user only, no role, no audit. */
export function withAuth<T>(fn: (user: { id: string; email: string }, formData: FormData) => Promise<T>) {
  return async (formData: FormData) => {
    const user = await requireUser();
    return fn(user, formData);
  };
}

export type ActionState = { error?: string; success?: string } | undefined;

export function validatedActionWithUser<S extends z.ZodTypeAny>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}
