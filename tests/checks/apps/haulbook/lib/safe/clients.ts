import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

class ActionError extends Error {}
export { ActionError };

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action_failed");
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Not signed in");
  }
  const member = await prisma.member.findFirst({
    where: { userId: session.user.id },
    select: { tenantId: true, role: true },
  });
  if (!member) throw new ActionError("No workspace");
  return next({ ctx: { userId: session.user.id, tenantId: member.tenantId, role: member.role } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "ADMIN") throw new ActionError("Admins only");
  const result = await next({ ctx });
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: metadata.name });
  return result;
});
