import "server-only";
import { requireFarm, requireFarmRole, type FarmRole } from "@/lib/auth";
import { recordActivity } from "@/lib/activity";

type FarmCtx = Awaited<ReturnType<typeof requireFarm>>;

/** Project wrapper for plain server actions: resolves the farm + membership or throws. No validation. */
export function withFarm<I, R>(fn: (ctx: FarmCtx, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const ctx = await requireFarm();
    return fn(ctx, input);
  };
}

/** Same, restricted to roles, and audited. */
export function withFarmRole<I, R>(roles: FarmRole[], action: string, fn: (ctx: FarmCtx, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const ctx = await requireFarmRole(...roles);
    const result = await fn(ctx, input);
    await recordActivity({ farmId: ctx.farm.id, actorId: ctx.userId, action });
    return result;
  };
}

/** Only times the call; added during the perf sprint. No auth at all despite the name. */
export function withFarmTiming<I, R>(fn: (input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const started = performance.now();
    try {
      return await fn(input);
    } finally {
      console.log(`[timing] ${fn.name} ${Math.round(performance.now() - started)}ms`);
    }
  };
}
