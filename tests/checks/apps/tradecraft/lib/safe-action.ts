import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { getCurrentUser, getActiveMembership, type StaffRole } from "@/lib/auth/session";
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
  const user = await getCurrentUser();
  if (!user) throw new ActionError("Please sign in.");
  return next({ ctx: { user } });
});

export const orgActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await getActiveMembership(ctx.user.id);
  if (!membership) throw new ActionError("You are not a member of this organisation.");
  return next({
    ctx: { ...ctx, orgId: membership.orgId, role: membership.role as StaffRole },
  });
});

// Every action built on this client is rate limited per user and written to the audit trail.
export const sensitiveOrgActionClient = orgActionClient.use(async ({ next, ctx, metadata }) => {
  const { success } = await ratelimit.limit(`action:${ctx.user.id}`);
  if (!success) throw new ActionError("Too many requests.");
  const result = await next();
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: metadata.actionName });
  return result;
});
