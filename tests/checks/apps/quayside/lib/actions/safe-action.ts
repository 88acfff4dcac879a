import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { getStaffSession, type StaffSession } from "@/lib/auth/session";
import { recordEvent } from "@/lib/audit";
import { messagingRatelimit, RateLimitedError } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

/** Errors whose message is safe to show in the UI. */
export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({
      actionName: z.string(),
      allowAnonymous: z.boolean().optional(),
    });
  },
  handleServerError(error, { metadata }) {
    logger.error({ err: error, action: metadata?.actionName }, "server action failed");
    if (error instanceof ActionError || error instanceof RateLimitedError) {
      // ok: information-disclosure
      return error.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/**
 * Console actions. Anonymous callers are rejected unless the action opts out with
 * `.metadata({ allowAnonymous: true })` (used by the sign-in helpers that run before a member row exists).
 */
export const consoleAction = actionClient.use(async ({ next, metadata }) => {
  const session = await getStaffSession();
  if (!session && !metadata?.allowAnonymous) {
    throw new ActionError("Your session has expired. Sign in again.");
  }
  return next({ ctx: { session: session as StaffSession } });
});

/** Owners and admins of the organisation. */
export const adminAction = consoleAction.use(async ({ next, ctx }) => {
  if (!ctx.session || (ctx.session.role !== "owner" && ctx.session.role !== "admin")) {
    throw new ActionError("Only organisation admins can do that.");
  }
  return next({ ctx });
});

/** Admin actions that must show up in Settings → Activity. */
export const auditedAdminAction = adminAction.use(async ({ next, ctx, metadata, clientInput }) => {
  const result = await next({ ctx });
  await recordEvent({
    orgId: ctx.session.orgId,
    actorId: ctx.session.memberId,
    action: metadata.actionName,
    meta: { input: clientInput as Record<string, unknown>, ok: result.success },
  });
  return result;
});

/** Console actions that send email/SMS: 10 per member per hour. */
export const messagingAction = consoleAction.use(async ({ next, ctx }) => {
  const { success } = await messagingRatelimit.limit(`member:${ctx.session.memberId}`);
  if (!success) throw new RateLimitedError();
  return next({ ctx });
});
