import "server-only";
import type { User } from "@supabase/supabase-js";
import { requireUser, hasBuildingRole, type Role } from "@/lib/dal";

export type BuildingCtx = { user: User; buildingId: string; role: Role };

export class ForbiddenError extends Error {
  constructor() {
    super("Forbidden");
  }
}

/**
 * Wraps a server action so that it only runs for members of `buildingId`
 * holding at least `role`. The first argument of every wrapped action is the building id.
 */
export function withBuildingRole<I, R>(role: Role, fn: (ctx: BuildingCtx, input: I) => Promise<R>) {
  return async (buildingId: string, input: I): Promise<R> => {
    const user = await requireUser();
    if (typeof buildingId !== "string" || !/^[0-9a-f-]{36}$/.test(buildingId)) throw new ForbiddenError();
    const allowed = await hasBuildingRole(user.id, buildingId, role);
    if (!allowed) throw new ForbiddenError();
    return fn({ user, buildingId, role }, input);
  };
}
