import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/auth";
import { ActionError } from "@/lib/errors";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action_error");
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  const u = session?.user as any;
  if (!u?.id) throw new ActionError("Sign in required");
  return next({ ctx: { userId: u.id as string, employerId: u.employerId as string, role: (u.role ?? "employee") as string } });
});

export const managerActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (!["owner", "admin", "location_manager", "scheduler"].includes(ctx.role)) throw new ActionError("Managers only");
  return next({ ctx });
});

export const auditedAdminClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (!["owner", "admin"].includes(ctx.role)) throw new ActionError("Admins only");
  const result = await next({ ctx });
  await auditLog({ employerId: ctx.employerId, actorId: ctx.userId, action: metadata.name });
  return result;
});

export const publicLimitedClient = actionClient.use(async ({ next }) => {
  const { success } = await ratelimit.limit(`pub:${await clientIp()}`);
  if (!success) throw new ActionError("Slow down");
  return next();
});

// Used by the mobile web views; reads the session so ctx is filled when present.
export const sessionAwareClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: (session?.user as any)?.id as string | undefined, employerId: (session?.user as any)?.employerId as string | undefined } });
});
