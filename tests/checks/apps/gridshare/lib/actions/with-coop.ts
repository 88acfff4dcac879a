import "server-only";
import { getActiveCoop } from "@/lib/coop/active-coop";
import type { CoopRole } from "@/lib/coop/membership";

export type CoopContext = Awaited<ReturnType<typeof getActiveCoop>>;

// Project wrapper: the inner action receives the active co-op (from the session cookie + membership check).
export function withCoop<T>(fn: (formData: FormData, ctx: CoopContext) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const ctx = await getActiveCoop();
    return fn(formData, ctx);
  };
}

// Same, but the caller must hold one of `roles` in the active co-op.
export function withCoopRole<T>(roles: CoopRole[], fn: (formData: FormData, ctx: CoopContext) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const ctx = await getActiveCoop();
    if (!roles.includes(ctx.membership.role as CoopRole)) {
      throw new Error("Forbidden");
    }
    return fn(formData, ctx);
  };
}
