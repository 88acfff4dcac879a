import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import * as v from "valibot";
import { getCurrentSession } from "@/lib/session";
import { logActivity } from "@/lib/audit";
import { limiter, clientIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

/** Errors whose message is meant for the user. Everything else is replaced with a generic message. */
export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return v.object({ actionName: v.string() });
  },
  handleServerError(error) {
    logger.error({ msg: "action failed", err: error.message });
    if (error instanceof ActionError) {
      // ok: information-disclosure
      return error.message;
    }
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/** Signed-in members of a workspace. */
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await getCurrentSession();
  if (!session) throw new ActionError("You need to sign in again.");
  return next({ ctx: { session, userId: session.user.id, workspaceId: session.workspaceId } });
});

/** Workspace owners/admins; every call is written to the audit trail. */
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.session.user.role !== "OWNER" && ctx.session.user.role !== "ADMIN") {
    throw new ActionError("Only workspace admins can do that.");
  }
  const result = await next({ ctx });
  await logActivity({
    workspaceId: ctx.workspaceId,
    actorId: ctx.userId,
    action: metadata.actionName,
    meta: { ok: result.success },
  });
  return result;
});

/**
 * Convenience client for dashboard widgets: exposes the workspace id if there is one.
 * NB: does not reject anonymous callers.
 */
export const workspaceActionClient = actionClient.use(async ({ next }) => {
  const session = await getCurrentSession();
  return next({ ctx: { workspaceId: session?.workspaceId, userId: session?.user.id } });
});

/** Public, IP rate-limited client for anonymous forms. */
export const publicFormClient = actionClient.use(async ({ next }) => {
  const ip = await clientIp();
  const { success } = await limiter.limit(`form:${ip}`);
  if (!success) throw new ActionError("Too many submissions, try again in a minute.");
  return next({ ctx: { ip } });
});
