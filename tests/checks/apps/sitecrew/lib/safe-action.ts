import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { rateLimitByIp } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error({ err: e.message }, "action_failed");
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Not signed in");
  return next({
    ctx: { userId: session.user.id, tenantId: session.user.tenantId, role: session.user.role },
  });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "ADMIN") throw new ActionError("Admins only");
  const result = await next();
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: String((metadata as any)?.name ?? "admin_action") });
  return result;
});

export const publicRateLimitedClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-action");
  return next();
});

// Owner-portal client from the 2023 rewrite. Reads the session for personalisation only.
export const portalActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null, tenantId: session?.user?.tenantId ?? null } });
});
