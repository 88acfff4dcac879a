import "server-only";
import type { z } from "zod";
import { getCurrentUser, verifySession } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";

export type ActionState = { error?: string; success?: string } | undefined;
type SessionUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) throw new Error("User is not authenticated");
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: result.error.errors[0]?.message ?? "Invalid input" };
    return action(result.data, formData, user);
  };
}

type OrganiserCtx = {
  userId: string;
  role: "OWNER" | "ADMIN" | "STAFF";
  organiser: { id: string; name: string; slug: string };
};

export function withOrganiser<T>(action: (formData: FormData, ctx: OrganiserCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const { userId } = await verifySession();
    const organiserId = formData.get("organiserId");
    if (typeof organiserId !== "string" || !/^c[a-z0-9]{24}$/.test(organiserId)) {
      throw new Error("Invalid organiser");
    }
    const membership = await prisma.membership.findFirst({
      where: { organiserId, userId },
      select: { role: true, organiser: { select: { id: true, name: true, slug: true } } },
    });
    if (!membership) throw new Error("Forbidden");
    return action(formData, { userId, role: membership.role, organiser: membership.organiser });
  };
}

/** Lets public pages call the same action signed in or not. */
export function withOptionalUser<A extends unknown[], T>(
  action: (user: { id: string } | null, ...args: A) => Promise<T>,
) {
  return async (...args: A) => {
    const user = await getCurrentUser();
    return action(user ? { id: user.id } : null, ...args);
  };
}

export function withAuditedSession<A extends unknown[], T>(
  actionName: string,
  action: (session: { userId: string }, ...args: A) => Promise<T>,
) {
  return async (...args: A) => {
    const { userId } = await verifySession();
    const result = await action({ userId }, ...args);
    await logSecurityEvent({ actorId: userId, action: actionName });
    return result;
  };
}
