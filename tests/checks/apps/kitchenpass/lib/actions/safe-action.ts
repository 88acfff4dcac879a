import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { logAuditEvent } from "@/lib/audit";
import { ratelimit, clientIp } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    console.error("action failed", e);
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Please sign in again.");
  }
  return next({
    ctx: { userId: session.user.id, groupId: session.user.groupId, role: session.user.role },
  });
});

export const managerActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.role !== "manager" && ctx.role !== "owner" && ctx.role !== "admin") {
    throw new ActionError("Managers only");
  }
  return next();
});

export const adminActionClient = authActionClient
  .use(async ({ next, ctx }) => {
    if (ctx.role !== "admin") throw new ActionError("Not allowed");
    return next();
  })
  .use(async ({ next, ctx, metadata, clientInput }) => {
    const result = await next();
    await logAuditEvent({
      actorId: ctx.userId,
      action: metadata.actionName,
      meta: { input: clientInput as Record<string, unknown> },
    });
    return result;
  });

export const publicActionClient = actionClient.use(async ({ next }) => {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`public:${ip}`);
  if (!success) throw new ActionError("Too many requests");
  return next();
});
