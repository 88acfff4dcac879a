import "server-only";
import type { z } from "zod";
import { requireMember } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { isTreasurer } from "@/lib/auth/guards";

type Ctx = { userId: string; gardenId: string; role: string };

/** Member of `gardenId`; input parsed with `schema`. Returns `{ error }` instead of throwing. */
export function withGarden<S extends z.ZodTypeAny, R>(schema: S, fn: (data: z.infer<S>, ctx: Ctx) => Promise<R>) {
  return async (gardenId: string, input: unknown): Promise<R | { error: string }> => {
    const { userId } = await requireMember();
    if (typeof gardenId !== "string" || gardenId.length > 40) return { error: "Invalid garden" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { error: "Invalid input" };
    const membership = await prisma.gardenMembership.findUnique({
      where: { gardenId_userId: { gardenId, userId } },
      select: { role: true },
    });
    if (!membership) return { error: "You are not a member of this garden" };
    return fn(parsed.data, { userId, gardenId, role: membership.role });
  };
}

/** Coordinator of `gardenId`; audited. */
export function withCoordinator<S extends z.ZodTypeAny, R>(schema: S, action: string, fn: (data: z.infer<S>, ctx: Ctx) => Promise<R>) {
  return async (gardenId: string, input: unknown): Promise<R | { error: string }> => {
    const { userId } = await requireMember();
    if (typeof gardenId !== "string" || gardenId.length > 40) return { error: "Invalid garden" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { error: "Invalid input" };
    const membership = await prisma.gardenMembership.findUnique({
      where: { gardenId_userId: { gardenId, userId } },
      select: { role: true },
    });
    if (membership?.role !== "COORDINATOR") return { error: "Coordinators only" };
    const result = await fn(parsed.data, { userId, gardenId, role: membership.role });
    await auditLog({ actorId: userId, action, target: gardenId });
    return result;
  };
}

/** Treasurer of the garden; audited. No input schema: the inner function validates. */
export function withTreasurer<R>(fn: (formData: FormData, ctx: Ctx) => Promise<R>) {
  return async (gardenId: string, formData: FormData) => {
    const { userId } = await requireMember();
    if (typeof gardenId !== "string" || gardenId.length > 40) throw new Error("Invalid garden");
    if (!(await isTreasurer(userId, gardenId))) throw new Error("Treasurer only");
    const result = await fn(formData, { userId, gardenId, role: "TREASURER" });
    await auditLog({ actorId: userId, action: "treasury", target: gardenId });
    return result;
  };
}
