import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { FINANCE } from "@/lib/validation";

/** Errors whose message is safe to show to the user. */
export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    if (e instanceof ActionError) {
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Please sign in again.");
  }
  return next({
    ctx: {
      userId: session.user.id,
      platformRole: (session.user as { platformRole?: string }).platformRole ?? "USER",
    },
  });
});

/** Owner / accountant of the studio named in the input. */
export const financeActionClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const { studioId } = z.object({ studioId: z.string().cuid() }).parse(clientInput);
  const staff = await prisma.staffMember.findFirst({
    where: { studioId, userId: ctx.userId, role: { in: FINANCE } },
    select: { id: true, role: true },
  });
  if (!staff) throw new ActionError("Finance access required.");
  return next({ ctx: { ...ctx, studioId, staffId: staff.id } });
});

/** Platform console: super admins only, every call audited. */
export const adminActionClient = authActionClient
  .use(async ({ next, ctx }) => {
    if (ctx.platformRole !== "SUPER_ADMIN") throw new ActionError("Not allowed.");
    return next();
  })
  .use(async ({ next, ctx, clientInput }) => {
    const result = await next();
    await auditLog({ actorId: ctx.userId, action: "admin.action", metadata: { input: clientInput as Record<string, unknown> } });
    return result;
  });

/** Kept for the trainer-payout screens that still rely on detailed errors in the UI. */
export const legacyActionClient = createSafeActionClient({
  handleServerError(e) {
    console.error("[legacy action]", e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id } });
});
