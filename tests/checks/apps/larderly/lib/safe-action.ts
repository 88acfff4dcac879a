import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth/authjs";
import { getMembership } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    if (e instanceof ActionError) return e.message;
    return "Something went wrong";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Not signed in");
  return next({ ctx: { userId: session.user.id } });
});

// Network admin actions: role check + audit trail for every call
export const networkAdminClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const networkId = (clientInput as { networkId?: unknown })?.networkId;
  if (typeof networkId !== "string") throw new ActionError("networkId required");
  // ok: floating-auth-check
  const m = await getMembership(ctx.userId, networkId);
  if (m?.role !== "admin") throw new ActionError("Forbidden");
  const result = await next({ ctx: { ...ctx, networkId } });
  await auditLog({ networkId, actorId: ctx.userId, action: "admin_action", meta: { input: clientInput as object } });
  return result;
});

// Legacy client from the 2024 migration — middleware only logs, it does NOT reject anonymous calls.
export const loggedActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  logger.info({ userId: session?.user?.id }, "action");
  return next({ ctx: { userId: session?.user?.id } });
});
