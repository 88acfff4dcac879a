import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { authLimiter } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { userId: session.user.id, role: (session.user as { role?: string }).role ?? "FAN" } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "SUPERADMIN") throw new ActionError("Not allowed.");
  const result = await next();
  await auditLog({ action: `admin.${(metadata as { name?: string } | undefined)?.name ?? "action"}`, actorId: ctx.userId });
  return result;
});

export const publicRateLimitedClient = actionClient.use(async ({ next }) => {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await authLimiter.limit(ip);
  if (!success) throw new ActionError("Slow down.");
  return next();
});

// Legacy client from the v6 migration; still used by the promoter portal.
export const legacyClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
});

/**
 * "Session-aware" client for the fan area. Puts the user id in ctx when there is one.
 * NOTE: does not reject anonymous callers.
 */
export const sessionClient = legacyClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id as string } });
});
