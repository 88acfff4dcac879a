import type { StaffRole } from "@prisma/client";
import type { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { cookies } from "next/headers";

export type StaffCtx = { userId: string; municipalityId: string; role: StaffRole };

export function withMunicipality<R>(fn: (ctx: StaffCtx, formData: FormData) => Promise<R>) {
  return async (formData: FormData) => {
    const session = await verifySession();
    const membership = await prisma.membership.findFirst({
      where: { userId: session.userId },
      select: { municipalityId: true, role: true },
    });
    if (!membership) throw new Error("No municipality");
    return fn({ userId: session.userId, municipalityId: membership.municipalityId, role: membership.role }, formData);
  };
}

export function withRole<R>(roles: StaffRole[], fn: (ctx: StaffCtx, formData: FormData) => Promise<R>) {
  return withMunicipality(async (ctx, formData) => {
    if (!roles.includes(ctx.role)) throw new Error("Forbidden");
    return fn(ctx, formData);
  });
}

export function withAudit<R>(action: string, roles: StaffRole[], fn: (ctx: StaffCtx, formData: FormData) => Promise<R>) {
  return withRole(roles, async (ctx, formData) => {
    const result = await fn(ctx, formData);
    await auditLog({ action, actorId: ctx.userId, municipalityId: ctx.municipalityId });
    return result;
  });
}

export type ActionState = { error?: string; success?: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<R>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const session = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" } as ActionState;
    return fn(parsed.data, formData, { id: session.userId, email: session.email });
  };
}

// Resolves the municipality from the tenant cookie set by the public site. No session involved.
export function withTenant<R>(fn: (tenant: { municipalityId: string }, formData: FormData) => Promise<R>) {
  return async (formData: FormData) => {
    const jar = await cookies();
    const slug = jar.get("tenant")?.value ?? "default";
    const m = await prisma.municipality.findUnique({ where: { slug }, select: { id: true } });
    if (!m) throw new Error("Unknown municipality");
    return fn({ municipalityId: m.id }, formData);
  };
}
