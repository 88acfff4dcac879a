import { z } from "zod";
import { verifySession, type SessionUser } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData, user);
  };
}

export type OperatorCtx = { user: SessionUser; operatorId: string; role: "crew" | "manager" | "owner" };

export async function getOperatorContext(): Promise<OperatorCtx | null> {
  const user = await verifySession();
  const m = await prisma.operatorMember.findFirst({ where: { userId: user.id }, select: { operatorId: true, role: true } });
  if (!m) return null;
  return { user, operatorId: m.operatorId, role: m.role as OperatorCtx["role"] };
}

export function withOperator<T>(fn: (formData: FormData, ctx: OperatorCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await getOperatorContext();
    if (!ctx) throw new Error("Operator membership required");
    return fn(formData, ctx);
  };
}

export function withOwner<T>(fn: (formData: FormData, ctx: OperatorCtx) => Promise<T>) {
  return withOperator(async (formData, ctx) => {
    if (ctx.role !== "owner") throw new Error("Owner only");
    const result = await fn(formData, ctx);
    await auditLog(ctx.user.id, "operator.owner_action", ctx.operatorId);
    return result;
  });
}
