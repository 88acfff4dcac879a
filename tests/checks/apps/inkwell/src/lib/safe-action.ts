import "server-only";
import { headers } from "next/headers";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "~/auth";
import { auditLog } from "~/lib/audit";
import { ratelimit } from "~/lib/rate-limit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    console.error("action failed", e);
    if (e instanceof ActionError) {
      // ok: information-disclosure -- only messages of our own error class
      return e.message;
    }
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { user: session.user, userId: session.user.id } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== "admin") {
    throw new ActionError("Forbidden");
  }
  return next({ ctx });
});

// Admin client that writes an audit row for every call.
export const auditedAdminClient = adminActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: metadata.actionName });
  return result;
});

// Public client, rate limited by IP (sign-up helpers, resend links).
export const publicRateLimitedClient = actionClient.use(async ({ next }) => {
  const ip = (await headers()).get("x-forwarded-for") ?? "anonymous";
  const { success } = await ratelimit.limit(`action:${ip}`);
  if (!success) {
    throw new ActionError("Too many requests.");
  }
  return next();
});

// For widgets that also render signed out: passes the viewer id along, checks nothing.
export const sessionActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
