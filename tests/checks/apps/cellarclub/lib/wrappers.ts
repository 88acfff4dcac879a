import "server-only";
import { cookies } from "next/headers";
import type { z } from "zod";
import type { StaffRole } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { auth } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";

export type WineryCtx = { userId: string; wineryId: string; role: StaffRole };

// Active winery comes from the cc_winery cookie and is checked against the user's memberships.
export function withWinery<R>(fn: (formData: FormData, ctx: WineryCtx) => Promise<R>) {
  return async (formData: FormData): Promise<R> => {
    const { userId } = await verifySession();
    const wineryId = (await cookies()).get("cc_winery")?.value;
    if (!wineryId) throw new Error("No active winery");
    const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
    if (!m) throw new Error("Forbidden");
    return fn(formData, { userId, wineryId, role: m.role });
  };
}

export function withRole<R>(roles: StaffRole[], fn: (formData: FormData, ctx: WineryCtx) => Promise<R>) {
  return withWinery(async (formData, ctx) => {
    if (!roles.includes(ctx.role)) throw new Error("Forbidden");
    return fn(formData, ctx);
  });
}

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(schema: S, fn: (data: z.infer<S>, formData: FormData, user: { id: string }) => Promise<R>) {
  return async (_prev: unknown, formData: FormData) => {
    const session = await auth();
    if (!session?.user?.id) return { error: "Please sign in." };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    // ok: information-disclosure
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, { id: session.user.id });
  };
}

// Same as withRole(["OWNER"]) plus an audit entry for each call.
export function withOwnerAudit<R>(action: string, fn: (formData: FormData, ctx: WineryCtx) => Promise<R>) {
  return withRole(["OWNER"], async (formData, ctx) => {
    const res = await fn(formData, ctx);
    await auditLog({ actorId: ctx.userId, wineryId: ctx.wineryId, action });
    return res;
  });
}

// Legacy helper from the first version: only logs timing. No auth.
export function withTiming<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A) => {
    const t = Date.now();
    try { return await fn(...args); } finally { console.log("action took", Date.now() - t); }
  };
}
