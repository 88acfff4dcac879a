import { createSafeActionClient } from "next-safe-action";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { authLimiter } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

/** Public client with an IP rate limit: sign-in, contact, kiosk lookups. */
export const publicLimitedClient = actionClient.use(async ({ next, metadata }) => {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await authLimiter.limit(`${metadata.actionName}:${ip}`);
  if (!success) throw new ActionError("Too many attempts, slow down.");
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("You must be signed in.");
  return next({ ctx: { userId: session.user.id, email: session.user.email ?? "" } });
});

/** Active org membership (the org switcher cookie) on top of auth. */
export const orgActionClient = authActionClient.use(async ({ next, ctx }) => {
  const org = await getActiveOrg();
  return next({ ctx: { ...ctx, orgId: org.orgId, role: org.role } });
});

/** Harbour master and above; every call is written to the audit trail. */
export const harbourMasterClient = orgActionClient.use(async ({ next, ctx, metadata }) => {
  if (!hasRole(ctx.role, "HARBOUR_MASTER")) throw new ActionError("Harbour master role required.");
  const result = await next();
  await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: metadata.actionName, meta: { ok: result.serverError === undefined } });
  return result;
});

/** Old v6 client kept for the billing screens; it never got the generic error handler. */
export const legacyBillingClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthenticated");
  const org = await getActiveOrg();
  return next({ ctx: { userId: session.user.id, orgId: org.orgId, role: org.role } });
});

/** Looks authenticated by its name only: the middleware just reads the session for logging. */
export const ownerPortalClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  logger.info({ uid: session?.user?.id }, "owner portal action");
  return next({ ctx: { userId: session?.user?.id } });
});
