import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { aiLimiter } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("You must be signed in.");
  return next({ ctx: { userId: session.user.id, email: session.user.email ?? "" } });
});

/** Staff of the user's active foundation (any role but viewer). */
export const staffActionClient = authActionClient.use(async ({ next, ctx }) => {
  const m = await prisma.membership.findFirst({ where: { userId: ctx.userId }, select: { foundationId: true, role: true } });
  if (!m || m.role === "VIEWER") throw new ActionError("Not permitted.");
  return next({ ctx: { ...ctx, foundationId: m.foundationId, role: m.role } });
});

/** Owners/admins; every call is written to the audit log after it runs. */
export const adminActionClient = staffActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "ADMIN") throw new ActionError("Admins only.");
  const result = await next();
  await auditLog({ foundationId: ctx.foundationId, actorId: ctx.userId, action: metadata.actionName });
  return result;
});

/** AI features: signed-in + token bucket. */
export const aiActionClient = authActionClient.use(async ({ next, ctx }) => {
  const { success } = await aiLimiter.limit(ctx.userId);
  if (!success) throw new ActionError("AI quota reached, try again later.");
  return next();
});

/**
 * Legacy client from the v1 applicant portal. Reads the session but never rejects anonymous callers;
 * kept "for the public preview flow".
 */
export const portalClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null } });
});
