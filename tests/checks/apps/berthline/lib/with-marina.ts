import { cookies } from "next/headers";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export type MarinaCtx = { userId: string; marinaId: string; role: string };

// Active marina comes from the switcher cookie; membership is checked against the session user.
export function withMarina<T>(fn: (formData: FormData, ctx: MarinaCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const { userId } = await verifySession();
    const marinaId = (await cookies()).get("bl_marina")?.value ?? "";
    const member = await prisma.marinaMember.findFirst({ where: { marinaId, userId }, select: { role: true } });
    if (!member) return { error: "You are not a member of this marina." };
    return fn(formData, { userId, marinaId, role: member.role });
  };
}

export function withManager<T>(fn: (formData: FormData, ctx: MarinaCtx) => Promise<T>) {
  return withMarina(async (formData, ctx) => {
    if (ctx.role !== "MANAGER") return { error: "Managers only." };
    return fn(formData, ctx);
  });
}

export function withAudit<A extends unknown[], T>(action: string, fn: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    const result = await fn(...args);
    const { userId } = await verifySession();
    await auditLog({ actorId: userId, action });
    return result;
  };
}
