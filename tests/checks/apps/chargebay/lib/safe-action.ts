import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { userId: session.user.id, tenantId: session.user.tenantId ?? "" } });
});

export const operatorClient = authActionClient.use(async ({ next, ctx }) => {
  const member = await prisma.membership.findFirst({
    where: { userId: ctx.userId, tenantId: ctx.tenantId },
    select: { role: true },
  });
  if (!member || !["owner", "admin", "network_manager"].includes(member.role)) {
    throw new ActionError("You need operator permissions for this.");
  }
  return next({ ctx: { ...ctx, role: member.role } });
});

export const financeClient = authActionClient.use(async ({ next, ctx }) => {
  const member = await prisma.membership.findFirst({
    where: { userId: ctx.userId, tenantId: ctx.tenantId, role: { in: ["owner", "admin", "finance"] } },
    select: { role: true },
  });
  if (!member) throw new ActionError("Finance role required.");
  return next({ ctx: { ...ctx, role: member.role } });
});

// Every action built on this one is written to the tenant audit log.
export const auditedClient = operatorClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: metadata.actionName, metadata: { ok: result.ok } });
  return result;
});

// Fleet portal client. The fleet id comes from the session claims.
// NB: no sign-in check here — the fleet layout redirects anonymous visitors.
export const fleetClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id as string, fleetId: session?.user?.fleetId as string } });
});

// Legacy client from the Clerk-based charger console; its error handler predates the shared one.
export const consoleClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const { userId, orgId } = await clerkAuth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  return next({ ctx: { userId, orgId } });
});
