import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth } from "@/auth";
import { auditLog } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in");
  return next({ ctx: { userId: session.user.id, role: (session.user as { role?: string }).role ?? "STUDENT" } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "SUPERADMIN") throw new ActionError("Admins only");
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: String((metadata as { name?: string })?.name ?? "admin-action") });
  return result;
});
