import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Staff: signed-in Auth.js user.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Not signed in");
  return next({ ctx: { userId: session.user.id } });
});

// Staff acting inside a co-op; the co-op id comes from bound args and is checked against membership.
export const coopActionClient = authActionClient.use(async ({ next, ctx, bindArgsClientInputs }) => {
  const coopId = z.string().cuid().parse(bindArgsClientInputs?.[0]);
  const membership = await prisma.membership.findFirst({
    where: { coopId, userId: ctx.userId },
    select: { role: true },
  });
  if (!membership) throw new ActionError("Not a member of this co-operative");
  return next({ ctx: { ...ctx, coopId, role: membership.role } });
});

// Co-op managers; every action through this client is written to the audit log.
export const coopAdminClient = coopActionClient.use(async ({ next, ctx, metadata }) => {
  if (!["OWNER", "ADMIN"].includes(ctx.role)) throw new ActionError("Admins only");
  const result = await next({ ctx });
  await auditLog({ action: metadata?.actionName ?? "admin.action", actorId: ctx.userId, coopId: ctx.coopId });
  return result;
});

// Written during the 2023 mobile sprint: reads the session but never rejects a missing one.
export const fieldAppClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
