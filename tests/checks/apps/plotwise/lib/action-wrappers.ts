import "server-only";
import type { CommitteeRole, User } from "@prisma/client";
import type { z } from "zod";
import { requireMember } from "@/lib/auth/current";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

export type ActionResult<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };

/** Authenticated member (redirects to /login otherwise). */
export function withMember<A extends unknown[], R>(fn: (user: User, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { user } = await requireMember();
    return fn(user, ...args);
  };
}

/** Committee role gate; the role check throws. */
export function withCommitteeRole<A extends unknown[], R>(role: CommitteeRole, fn: (user: User, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const user = await requireCommitteeRole(role);
    return fn(user, ...args);
  };
}

/** Member + zod-validated FormData (useActionState signature). */
export function validatedMemberAction<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, user: User, formData: FormData) => Promise<R>,
) {
  return async (_prev: unknown, formData: FormData): Promise<R | ActionResult> => {
    const { user } = await requireMember();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid input" };
    }
    return fn(parsed.data, user, formData);
  };
}

/** Committee role + audit trail for admin operations. */
export function withCommitteeAudit<A extends unknown[], R>(
  role: CommitteeRole,
  action: string,
  fn: (user: User, ...args: A) => Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    const user = await requireCommitteeRole(role);
    const result = await fn(user, ...args);
    await auditLog({ actorId: user.id, action, meta: { args: args.length } });
    return result;
  };
}

/**
 * Form helper: turns thrown errors into a result object. It does NOT check the session
 * (kept from the days when every page sat behind middleware).
 */
export function withFormErrors<R>(fn: (formData: FormData) => Promise<R>) {
  return async (_prev: unknown, formData: FormData): Promise<R | ActionResult> => {
    try {
      return await fn(formData);
    } catch (err) {
      console.error(err);
      return { ok: false, error: "Something went wrong, please try again." };
    }
  };
}
