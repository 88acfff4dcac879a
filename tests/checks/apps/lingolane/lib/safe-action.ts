import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { getActiveOrg } from "@/lib/auth/org";
import { ActionError } from "@/lib/errors";
import { auditLog, logger } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// Public client: no session. Only known messages reach the browser.
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return "Something went wrong";
  },
});

// Authenticated: every action built on it has a user.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Sign in required", "UNAUTHORIZED");
  return next({ ctx: { userId: session.user.id, platformRole: (session.user as any).platformRole as string } });
});

// Active organisation resolved from the session cookie + membership.
export const orgActionClient = authActionClient.use(async ({ next }) => {
  const { orgId, role } = await getActiveOrg();
  return next({ ctx: { orgId, orgRole: role } });
});

export const orgOwnerActionClient = orgActionClient.use(async ({ next, ctx }) => {
  if (ctx.orgRole !== "OWNER") throw new ActionError("Only owners can do this", "FORBIDDEN");
  return next();
});

// Platform admin: role gate + every call is audited.
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.platformRole !== "ADMIN") throw new ActionError("Admins only", "FORBIDDEN");
  const result = await next();
  await auditLog({ actorId: ctx.userId, action: `admin.${metadata?.name ?? "unknown"}`, meta: clientInput });
  return result;
});

// Rate-limited public client (auth flows, public forms).
export const limitedActionClient = actionClient.use(async ({ next, metadata }) => {
  await rateLimitByIp(`action:${metadata?.name ?? "anon"}`, 5);
  return next();
});

// Client kept from the 2023 translator portal.
export const legacyTranslatorClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Sign in required");
  return next({ ctx: { userId: session.user.id } });
});
