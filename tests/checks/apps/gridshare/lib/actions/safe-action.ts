import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { getMembership } from "@/lib/coop/membership";
import { auditLog } from "@/lib/audit";

class ActionError extends Error {}
export { ActionError };

// Public client: no session.
export const actionClient = createSafeActionClient({
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Authenticated client: every action built on it has a user in ctx.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Please sign in");
  }
  return next({ ctx: { userId: session.user.id, role: (session.user as { role?: string }).role ?? "MEMBER" } });
});

// Treasurer client: the co-op comes from bound args metadata and is checked against the member's role there.
export const coopActionClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const coopId = z.object({ coopId: z.string().cuid() }).parse(clientInput).coopId;
  const membership = await getMembership(ctx.userId, coopId);
  if (!membership) throw new ActionError("Not a member of this co-op");
  return next({ ctx: { ...ctx, coopId, coopRole: membership.role } });
});

export const treasurerActionClient = coopActionClient.use(async ({ next, ctx }) => {
  if (ctx.coopRole !== "TREASURER" && ctx.coopRole !== "BOARD_ADMIN") {
    throw new ActionError("Treasurer role required");
  }
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: "treasury.action", target: ctx.coopId });
  return result;
});

// Legacy "member" client from the first release: the middleware reads the session but only logs.
export const memberActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  console.log("member action", session?.user?.id ?? "anonymous");
  return next({ ctx: { userId: session?.user?.id } });
});
