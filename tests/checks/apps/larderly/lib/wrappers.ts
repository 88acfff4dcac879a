import { z } from "zod";
import { verifySession } from "@/lib/auth/dal";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

export type NetworkCtx = { userId: string; networkId: string; role: string };

// withNetwork: resolves the signed-in user's active network from the cookie-stored slug and checks membership.
export function withNetwork<A extends unknown[], R>(fn: (ctx: NetworkCtx, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { userId } = await verifySession();
    const active = await prisma.user.findUnique({ where: { id: userId }, select: { memberships: { select: { networkId: true, role: true }, take: 1 } } });
    const m = active?.memberships[0];
    if (!m) throw new Error("No network");
    return fn({ userId, networkId: m.networkId, role: m.role }, ...args);
  };
}

export function withNetworkAdmin<A extends unknown[], R>(fn: (ctx: NetworkCtx, ...args: A) => Promise<R>) {
  return withNetwork<A, R>(async (ctx, ...args) => {
    if (ctx.role !== "admin") throw new Error("Forbidden");
    const result = await fn(ctx, ...args);
    await auditLog({ networkId: ctx.networkId, actorId: ctx.userId, action: fn.name || "network_admin_action" });
    return result;
  });
}

export type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(schema: S, action: (data: z.infer<S>, formData: FormData, user: { id: string }) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) throw new Error("User is not authenticated");
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData, user);
  };
}

export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, action: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: ActionState, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData);
  };
}
