import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

// Base client: public. Only messages of ActionError reach the browser.
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    logger.error({ err: e }, "server action failed");
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in.");
  const role = ((session.user as { role?: string }).role ?? "MEMBER") as string;
  return next({ ctx: { userId: session.user.id, role } });
});

// Studio leads: resolves the studio the signed-in user leads.
export const leadActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await prisma.studioMember.findFirst({
    where: { userId: ctx.userId, role: "LEAD" },
    select: { studioId: true },
  });
  if (!membership) throw new ActionError("Only studio leads can do that.");
  return next({ ctx: { ...ctx, studioId: membership.studioId } });
});

// Admin area: role gate plus an audit entry for every admin action.
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.role !== "ADMIN") throw new ActionError("Admins only.");
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: "member.role_changed", meta: { action: metadata?.name, input: clientInput as Record<string, unknown> } });
  return result;
});

// "member" client from the Clerk migration: attaches the user id if there is one.
// Nothing here rejects anonymous callers.
export const memberActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id as string } });
});
