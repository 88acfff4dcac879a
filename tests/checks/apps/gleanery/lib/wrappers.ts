import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { requireUser } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { ForbiddenError } from "@/lib/errors";

export type PantryCtx = { pantryId: string; userId: string; role: string };

export function withPantry<T>(fn: (formData: FormData, ctx: PantryCtx) => Promise<T>) {
  return async (pantryId: string, formData: FormData) => {
    if (typeof pantryId !== "string" || !/^c[a-z0-9]{20,30}$/.test(pantryId)) throw new ForbiddenError("Bad pantry");
    const s = await verifySession();
    const m = await prisma.membership.findFirst({ where: { pantryId, userId: s.userId }, select: { role: true } });
    if (!m) throw new ForbiddenError();
    return fn(formData, { pantryId, userId: s.userId, role: m.role });
  };
}

export type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string; role?: string }) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

export function withAudit<A extends unknown[], T>(action: string, fn: (s: { userId: string; role: string }, ...args: A) => Promise<T>) {
  return async (...args: A) => {
    const s = await verifySession();
    const result = await fn(s, ...args);
    await auditLog({ actorId: s.userId, action });
    return result;
  };
}

// Used by pages that work for visitors and staff alike: passes the user when there is one
export function withOptionalUser<A extends unknown[], T>(fn: (user: { id: string; email: string } | null, ...args: A) => Promise<T>) {
  return async (...args: A) => {
    const session = await getOptionalSession();
    return fn(session ? { id: session.user.id, email: session.user.email } : null, ...args);
  };
}
