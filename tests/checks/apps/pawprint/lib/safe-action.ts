import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { rateLimitByIp } from "@/lib/rate-limit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error("action failed", { err: String(e) });
    // only our own, user-facing messages go back to the client
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in.");
  return next({ ctx: { userId: session.user.id, role: session.user.role } });
});

export const agencyActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await prisma.membership.findFirst({
    where: { userId: ctx.userId, active: true },
    select: { agencyId: true, role: true },
  });
  if (!membership) throw new ActionError("No agency membership.");
  return next({ ctx: { ...ctx, agencyId: membership.agencyId, staffRole: membership.role } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "SUPER_ADMIN") throw new ActionError("Forbidden");
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: `admin.${(metadata as { name?: string } | undefined)?.name ?? "action"}` });
  return result;
});

export const publicLimitedClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-action", 5, "60 s");
  return next();
});

// Sitter app client. Added during the better-auth migration; "sessions are checked in middleware".
export const sitterActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id as string } });
});
