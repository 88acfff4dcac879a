import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { ratelimit, clientIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    logger.error("server action failed", { name: e.name });
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/** Rejects anonymous callers. */
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You need to sign in.");
  }
  return next({ ctx: { userId: session.user.id, email: session.user.email, isPlatformAdmin: session.user.isPlatformAdmin === true } });
});

/** Public forms: IP rate limit, no auth. */
export const publicLimitedClient = actionClient.use(async ({ next }) => {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`public:${ip}`);
  if (!success) throw new ActionError("Slow down a little.");
  return next({ ctx: { ip } });
});

/** Authenticated + audited (team & key management). */
export const auditedActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ actorId: ctx.userId, action: metadata.actionName });
  return result;
});

/**
 * Growth team's client: attaches the session when present so personalisation works.
 * It never rejects anonymous callers.
 */
export const sessionActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id, email: session?.user?.email } });
});
