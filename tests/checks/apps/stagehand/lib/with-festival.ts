import "server-only";
import { requireStaff, requireRole } from "@/lib/auth/staff";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";

export type FestivalCtx = Awaited<ReturnType<typeof requireStaff>>;

/** Any staff member of the active festival. */
export function withFestival<T>(fn: (formData: FormData, ctx: FestivalCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await requireStaff();
    return fn(formData, ctx);
  };
}

/** Promoters; audited after the work succeeds. */
export function withPromoter<T>(action: string, fn: (formData: FormData, ctx: FestivalCtx) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await requireRole("org:promoter");
    const result = await fn(formData, ctx);
    await audit.log({ festivalId: ctx.festivalId, actorId: ctx.userId, action });
    return result;
  };
}

/** Timing only — despite living next to the others, it authenticates nothing. */
export function withTracing<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      logger.debug({ action: name, ms: Date.now() - started });
    }
  };
}
