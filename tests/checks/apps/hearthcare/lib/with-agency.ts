import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import type { AgencyRole } from "@prisma/client";

export type AgencyCtx = { userId: string; agencyId: string; role: AgencyRole };

/**
 * Legacy wrapper from before next-safe-action. The agency id comes from the form,
 * membership is checked against the signed-in user.
 */
export function withAgency<T>(fn: (formData: FormData, ctx: AgencyCtx) => Promise<T>) {
  return async (formData: FormData): Promise<T | { error: string }> => {
    const user = await requireUser();
    const agencyId = formData.get("agencyId");
    if (typeof agencyId !== "string") return { error: "Missing agency" };
    const membership = await prisma.membership.findFirst({ where: { userId: user.id, agencyId }, select: { role: true } });
    if (!membership) return { error: "Forbidden" };
    return fn(formData, { userId: user.id, agencyId, role: membership.role });
  };
}

/** Same as withAgency, but only owners/admins get through. */
export function withAgencyAdmin<T>(fn: (formData: FormData, ctx: AgencyCtx) => Promise<T>) {
  return withAgency<T | { error: string }>(async (formData, ctx) => {
    if (!["OWNER", "ADMIN"].includes(ctx.role)) return { error: "Forbidden" };
    return fn(formData, ctx);
  });
}
