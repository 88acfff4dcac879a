import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getCurrentUser, type MemberRole } from "@/lib/dal";
import { auditLog, type AuditAction } from "@/lib/audit";

export type StudioCtx = { userId: string; studioId: string; role: MemberRole };

// Every studio form posts a hidden studioId; the wrapper proves membership of it.
export function withStudio<T>(fn: (formData: FormData, ctx: StudioCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const session = await verifySession();
    const studioId = formData.get("studioId");
    if (typeof studioId !== "string" || studioId.length === 0) throw new Error("Missing studio");
    const membership = await prisma.studioMember.findFirst({
      where: { studioId, userId: session.userId },
      select: { role: true },
    });
    if (!membership) throw new Error("Forbidden");
    return fn(formData, { userId: session.userId, studioId, role: membership.role as MemberRole });
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string; role: string }) => Promise<T>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) return { error: "Please sign in." };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

// Treasurer screens: role gate + audit of every call.
export function withTreasurer<A extends unknown[], T>(action: AuditAction, fn: (ctx: { userId: string }, ...args: A) => Promise<T>) {
  return async (...args: A) => {
    const session = await verifySession();
    if (session.role !== "TREASURER" && session.role !== "ADMIN") throw new Error("Treasurer only");
    const result = await fn({ userId: session.userId }, ...args);
    await auditLog({ actorId: session.userId, action });
    return result;
  };
}
