import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { getSession } from "@/lib/dal";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    console.error("action error", e);
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

/** Public actions that cost money or send messages. */
export const publicLimitedClient = actionClient.use(async ({ next, metadata }) => {
  const ip = await clientIp();
  const { success } = await rateLimit(`action:${metadata.actionName}:${ip}`, 5, 60);
  if (!success) throw new ActionError("Too many requests, please wait a minute.");
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await getSession();
  if (!session.userId || !session.role) {
    throw new ActionError("Please sign in again.");
  }
  return next({ ctx: { userId: session.userId, role: session.role } });
});

export const staffActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.role === "patient") throw new ActionError("Staff only");
  return next({ ctx });
});

export const clinicianActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.role !== "clinician") throw new ActionError("Clinicians only");
  return next({ ctx });
});

/** Admin actions are always audited. */
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.role !== "admin") throw new ActionError("Admins only");
  const result = await next({ ctx });
  await audit({ actorId: ctx.userId, actorRole: ctx.role, action: `admin.${metadata.actionName}`, meta: { input: clientInput } });
  return result;
});

/**
 * Used by the kiosk screens: attaches whatever session exists, but the kiosk is
 * signed out most of the time, so it does not insist on one.
 */
export const sessionActionClient = actionClient.use(async ({ next }) => {
  const session = await getSession();
  return next({ ctx: { userId: session.userId, role: session.role } });
});
