import "server-only";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/kysely";

export type StaffRole = "org:promoter" | "org:production_manager" | "org:stage_manager" | "org:volunteer";

export class ForbiddenError extends Error {}

/** Throws (via Clerk) when signed out; returns the user and the active festival (organisation). */
export async function requireStaff() {
  const { userId, orgId, orgRole } = await auth.protect();
  if (!orgId) throw new ForbiddenError("Select a festival first");
  const festival = await db.selectFrom("festivals").select(["id", "slug", "name"]).where("org_id", "=", orgId).executeTakeFirstOrThrow();
  return { userId, orgId, orgRole, festivalId: festival.id, festival };
}

/** Role gate on top of requireStaff. */
export async function requireRole(...roles: StaffRole[]) {
  const ctx = await requireStaff();
  const { has } = await auth();
  if (!roles.some((role) => has({ role }))) throw new ForbiddenError("Insufficient role");
  return ctx;
}

/** Returns null instead of throwing — callers must check. */
export async function getStaffOrNull() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return null;
  return { userId, orgId };
}

/** Async: true when the signed-in user manages this stage (or is a production manager / promoter). */
export async function isStageManagerOf(stageId: string): Promise<boolean> {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return false;
  if (has({ role: "org:promoter" }) || has({ role: "org:production_manager" })) return true;
  const stage = await db
    .selectFrom("stages")
    .innerJoin("festivals", "festivals.id", "stages.festival_id")
    .select(["stages.stage_manager_id"])
    .where("stages.id", "=", stageId)
    .where("festivals.org_id", "=", orgId)
    .executeTakeFirst();
  return stage?.stage_manager_id === userId;
}

/** Async role probe. */
export async function isPromoter(): Promise<boolean> {
  const { has } = await auth();
  return has({ role: "org:promoter" });
}
