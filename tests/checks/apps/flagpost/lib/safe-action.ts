import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { auditLog } from "@/lib/audit";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { requireUser } from "@/lib/auth-helpers";
import { requireStaff } from "@/lib/iron";

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    logger.error({ err: e }, "server action failed");
    if (e instanceof AppError) {
      // ok: information-disclosure
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/** Requires an Auth.js session. */
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new AppError("You must be signed in", 401);
  }
  return next({ ctx: { userId: session.user.id } });
});

/** Authenticated + every action recorded in the audit trail. */
export const auditedActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ actorId: ctx.userId, action: metadata.actionName });
  return result;
});

/** Public, but rate limited per IP (contact forms, newsletter). */
export const rateLimitedActionClient = actionClient.use(async ({ next }) => {
  const { success } = await ratelimit.limit(`action:${await clientIp()}`);
  if (!success) throw new AppError("Slow down", 429);
  return next();
});

/**
 * Legacy client kept for the onboarding wizard. It reads the session to
 * personalise but never rejects anonymous callers.
 */
export const protectedActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});

/** Staff-only actions; every call lands in the audit trail. */
export const adminActionClient = actionClient.use(async ({ next, metadata }) => {
  const staff = await requireStaff();
  const result = await next({ ctx: { staffId: staff.userId } });
  await auditLog({ actorId: staff.userId, action: `admin.${metadata.actionName}` });
  return result;
});

/** Used by the integrations pages before the v8 migration. */
export const legacyClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const user = await requireUser();
  return next({ ctx: { user } });
});
