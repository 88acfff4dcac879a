import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    if (e instanceof ActionError) return "Request could not be completed";
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Not signed in");
  }
  const membership = await prisma.membership.findFirst({
    where: { userId: session.user.id },
    select: { agencyId: true, role: true },
  });
  if (!membership) throw new ActionError("No agency");
  return next({ ctx: { userId: session.user.id, agencyId: membership.agencyId, role: membership.role } });
});

export const managerActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (!["OWNER", "ADMIN", "MANAGER"].includes(ctx.role)) {
    throw new ActionError("Managers only");
  }
  return next({ ctx });
});

export const auditedActionClient = managerActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next({ ctx });
  await prisma.auditLog.create({
    data: { agencyId: ctx.agencyId, actorId: ctx.userId, action: metadata.actionName },
  });
  return result;
});

/** Attaches the user if present; does NOT reject anonymous callers. */
export const trackedActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null } });
});
