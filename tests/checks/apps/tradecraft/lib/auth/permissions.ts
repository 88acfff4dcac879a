import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apprentices, memberships } from "@/lib/db/schema";
import type { OrgContext, StaffRole } from "./session";

export function hasRole(ctx: OrgContext, ...roles: StaffRole[]) {
  return ctx.role === "owner" || roles.includes(ctx.role);
}

export function assertRole(ctx: OrgContext, ...roles: StaffRole[]) {
  if (!hasRole(ctx, ...roles)) throw new Error("FORBIDDEN");
}

export async function canAccessApprentice(ctx: OrgContext, apprenticeId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: apprentices.id, tutorId: apprentices.tutorId })
    .from(apprentices)
    .where(and(eq(apprentices.id, apprenticeId), eq(apprentices.orgId, ctx.orgId)));
  if (!row) return false;
  if (ctx.role === "tutor") return row.tutorId === ctx.user.id;
  return true;
}

export async function isDesignatedOfficer(userId: string, orgId: string): Promise<boolean> {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return m?.role === "safeguarding_lead" || m?.role === "owner";
}
