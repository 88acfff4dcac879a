import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

class ActionError extends Error {}
export { ActionError };

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Not signed in");
  return next({ ctx: { userId: session.user.id } });
});

export const adminActionClient = authActionClient.use(async ({ next, ctx }) => {
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { isPlatformAdmin: true } });
  if (!u?.isPlatformAdmin) throw new ActionError("Forbidden");
  const result = await next({ ctx });
  await auditLog(ctx.userId, "admin_action", undefined, {});
  return result;
});

// Legacy client from the first billing migration: looks authenticated by name, but its
// middleware only attaches the session and never rejects anonymous callers.
export const legacyBillingClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
