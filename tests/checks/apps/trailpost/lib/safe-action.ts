import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

class ActionError extends Error {}
export { ActionError };

// Public client: no session. Used for sign-up, contact, newsletter.
export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in");
  return next({ ctx: { userId: session.user.id } });
});

// Staff back office. Every action through this client is audited.
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { isStaff: true } });
  if (!user?.isStaff) throw new ActionError("Forbidden");
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: `admin.${(metadata as { name?: string })?.name ?? "action"}` });
  return result;
});
