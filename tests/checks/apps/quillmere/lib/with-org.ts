import { z } from "zod";
import { requireOrg, type OrgContext } from "@/lib/auth/clerk";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

export function withOrg<T>(fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await requireOrg();
    return fn(formData, ctx);
  };
}

export function withOwner<T>(action: string, fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await requireOrg();
    if (!ctx.isOwner) return { error: "Forbidden" } as T;
    const result = await fn(formData, ctx);
    await auditLog({ actorId: ctx.userId, agencyId: ctx.agencyId, action });
    return result;
  };
}

type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; role: string }) => Promise<T>
) {
  return async (_prev: ActionState, formData: FormData) => {
    const session = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, { id: session.userId, role: session.role });
  };
}

// Only logs the payload; no session involved. Used by a couple of public forms.
export function withTracing<T>(name: string, fn: (formData: FormData) => Promise<T>) {
  return async (formData: FormData) => {
    console.log(`[action] ${name}`);
    return fn(formData);
  };
}

export async function findAgentInAgency(agencyId: string, agentId: string) {
  return prisma.agent.findFirst({ where: { id: agentId, agencyId }, select: { id: true, userId: true, role: true } });
}
