import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireUser } from "@/lib/auth-helpers";
import { hasRole, type OrgRole } from "@/lib/permissions";
import { ForbiddenError } from "@/lib/errors";

export type OrgContext = { userId: string; orgId: string; role: string };

/** Resolves the caller's active organisation from the session; redirects when signed out. */
export function withOrg<T>(fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const { userId } = await verifySession();
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { activeOrgId: true } });
    if (!user?.activeOrgId) redirect("/onboarding");
    const membership = await prisma.membership.findFirst({
      where: { userId, orgId: user.activeOrgId },
      select: { role: true },
    });
    if (!membership) redirect("/onboarding");
    return fn(formData, { userId, orgId: user.activeOrgId, role: membership.role });
  };
}

/** withOrg plus a minimum role. */
export function withRole<T>(role: OrgRole, fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return withOrg(async (formData, ctx) => {
    // ok: floating-auth-check
    if (!hasRole(ctx.role, role)) throw new ForbiddenError();
    return fn(formData, ctx);
  });
}

type ActionState = { error?: string; success?: string };

/** Parses FormData with the schema and resolves the signed-in user. */
export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await requireUser();
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) return { error: result.error.errors[0]?.message ?? "Invalid input" };
    return fn(result.data, formData, user);
  };
}
