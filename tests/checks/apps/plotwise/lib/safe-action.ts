import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { headers } from "next/headers";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { formLimiter } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    console.error("action error", e);
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const memberActionClient = actionClient.use(async ({ next }) => {
  const { session, user } = await getCurrentSession();
  if (!session) {
    throw new ActionError("Please sign in.");
  }
  if (user.suspended) {
    throw new ActionError("Your membership is suspended.");
  }
  return next({ ctx: { user, session } });
});

export const stewardActionClient = memberActionClient.use(async ({ next, ctx }) => {
  if (!roleAtLeast(ctx.user, "PLOT_STEWARD")) {
    throw new ActionError("Stewards only.");
  }
  return next({ ctx });
});

/** Public forms: rate limited by IP, no session. */
export const publicFormClient = actionClient.use(async ({ next }) => {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anon";
  const { success } = await formLimiter.limit(ip);
  if (!success) {
    throw new ActionError("Too many requests, try again later.");
  }
  return next({ ctx: { ip } });
});

/** Legacy client used by the seed-swap board: the debugging handler was never removed. */
export const seedBoardClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const { session, user } = await getCurrentSession();
  if (!session) {
    throw new Error("Please sign in.");
  }
  return next({ ctx: { user } });
});
