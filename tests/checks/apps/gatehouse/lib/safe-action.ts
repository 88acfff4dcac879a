import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/next-auth";
import { ratelimit, clientIp } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e, { metadata }) {
    logger.error({ err: e, action: metadata?.actionName }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    throw new ActionError("Please sign in again.");
  }
  return next({ ctx: { user: session.user } });
});

export const platformAdminClient = authActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.user.role !== "ADMIN") throw new ActionError("Admins only.");
  const result = await next();
  await audit.admin(ctx.user.id, metadata.actionName, undefined, { input: clientInput as Record<string, unknown> });
  return result;
});

// Public forms (checkout, waitlist) — anonymous, but throttled per IP.
export const publicLimitedClient = actionClient.use(async ({ next, metadata }) => {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`action:${metadata?.actionName ?? "anon"}:${ip}`);
  if (!success) throw new ActionError("Too many requests. Please wait a minute.");
  return next({ ctx: { ip } });
});
