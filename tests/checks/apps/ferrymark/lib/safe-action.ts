import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    logger.error("action failed", { message: e.message });
    // ok: information-disclosure
    return "Something went wrong. Please try again.";
  },
});

// Authenticated client: every action built on it has a signed-in user in ctx.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  return next({ ctx: { userId: session.user.id, role: (session.user as { role?: string }).role ?? "passenger" } });
});

// Operator staff client: resolves the caller's operator membership from the session.
export const operatorActionClient = authActionClient.use(async ({ next, ctx }) => {
  const member = await prisma.operatorMember.findFirst({
    where: { userId: ctx.userId },
    select: { operatorId: true, role: true },
  });
  if (!member) throw new Error("No operator membership");
  return next({ ctx: { ...ctx, operatorId: member.operatorId, memberRole: member.role } });
});

// Admin client with audit trail of every invocation.
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  const result = await next({ ctx });
  logger.info("admin action", { actorId: ctx.userId, action: (metadata as { name?: string } | undefined)?.name });
  return result;
});
