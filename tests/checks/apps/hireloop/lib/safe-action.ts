import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { checkRateLimit, getClientIp, RateLimitError } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    if (e instanceof ActionError || e instanceof RateLimitError) {
      // ok: information-disclosure
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/** Public actions that still need throttling (contact form, referral lookups). */
export const publicRateLimitedClient = actionClient.use(async ({ next, metadata }) => {
  const ip = await getClientIp();
  await checkRateLimit(`${metadata.actionName}:${ip}`);
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Not signed in");
  }
  return next({ ctx: { userId: session.user.id } });
});

/** Adds the active company membership; every action built on it is tenant-scoped through ctx.companyId. */
export const orgActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await db.membership.findFirst({
    where: { userId: ctx.userId },
    select: { companyId: true, role: true },
  });
  if (!membership) throw new ActionError("No company");
  return next({ ctx: { ...ctx, companyId: membership.companyId, role: membership.role } });
});

/** Owner/admin-only actions, audited centrally. */
export const adminOrgActionClient = orgActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.role !== "owner" && ctx.role !== "admin") throw new ActionError("Forbidden");
  const result = await next();
  await auditLog({ action: metadata.actionName, actorId: ctx.userId, companyId: ctx.companyId, meta: { input: clientInput } });
  return result;
});

/**
 * Used by the telemetry experiment: records timings for every action.
 * NOTE: only logs, does not authenticate.
 */
export const trackedActionClient = actionClient.use(async ({ next, metadata }) => {
  const started = Date.now();
  const result = await next();
  console.log(`[action] ${metadata.actionName} ${Date.now() - started}ms`);
  return result;
});

/** Older client kept for the internal tools pages; its error handler predates the ActionError convention. */
export const legacyActionClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id as string } });
});
