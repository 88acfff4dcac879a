import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp, RateLimitError } from "@/lib/ratelimit";
import { ROLE_RANK, type Role } from "@/lib/dal";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error("action failed", { err: String(e) });
    if (e instanceof ActionError || e instanceof RateLimitError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Public actions (contact form, widget) — IP rate limited in middleware.
export const publicActionClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp();
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { userId: session.user.id, email: session.user.email ?? "" } });
});

// Workspace-scoped client: the first bound argument is the workspace slug.
export const workspaceActionClient = authActionClient.use(async ({ next, ctx, bindArgsClientInputs }) => {
  const slug = String(bindArgsClientInputs[0] ?? "");
  const membership = await prisma.membership.findFirst({
    where: { userId: ctx.userId, workspace: { slug } },
    select: { workspaceId: true, role: true },
  });
  if (!membership) throw new ActionError("Workspace not found");
  return next({ ctx: { ...ctx, workspaceId: membership.workspaceId, role: membership.role as Role } });
});

export const supervisorActionClient = workspaceActionClient.use(async ({ next, ctx }) => {
  if (ROLE_RANK[ctx.role] < ROLE_RANK.supervisor) throw new ActionError("Supervisors only");
  return next();
});

export const adminActionClient = workspaceActionClient.use(async ({ next, ctx, metadata }) => {
  if (ROLE_RANK[ctx.role] < ROLE_RANK.admin) throw new ActionError("Admins only");
  const result = await next();
  await auditLog({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: metadata.actionName });
  return result;
});

// Used by the older settings screens: reads the session but never rejects anonymous callers.
export const sessionActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id, email: session?.user?.email } });
});

// The v1 client from before the migration; some account screens still use it.
export const legacyActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id } });
});
