import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { validateRequest } from "@/lib/lucia";
import { auditLog } from "@/lib/audit";
import { ratelimit } from "@/lib/rate-limit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in.");
  return next({
    ctx: { userId: session.user.id, role: (session.user as { role?: string }).role ?? "BOAT_OWNER" },
  });
});

// Every action on this client is written to the audit trail after it runs.
export const auditedActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: metadata.actionName });
  return result;
});

export const groupAdminClient = auditedActionClient.use(async ({ next, ctx }) => {
  if (ctx.role !== "GROUP_ADMIN" && ctx.role !== "REGIONAL_ADMIN") throw new ActionError("Forbidden");
  return next({ ctx });
});

// Public actions that send mail: limited per IP.
export const publicLimitedClient = actionClient.use(async ({ next }) => {
  const { success } = await ratelimit.limit("public-action");
  if (!success) throw new ActionError("Slow down.");
  return next();
});

// Owner portal (Lucia). NOTE: passes the user through, signed in or not.
export const ownerPortalClient = actionClient.use(async ({ next }) => {
  const { user } = await validateRequest();
  return next({ ctx: { user } });
});
