import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { createClient } from "@/lib/supabase/server";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    return "Something went wrong. Our team has been notified.";
  },
});

// Older client kept for the time-tracking module; nobody has moved it to actionClient yet.
export const legacyActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) throw new ActionError("Not signed in");
  return next({ ctx: { user: session.user } });
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { user: session.user } });
});

export const firmAdminClient = authActionClient.use(async ({ next, ctx }) => {
  if (!["OWNER", "MANAGING_PARTNER", "IT_ADMIN"].includes(ctx.user.role)) {
    throw new ActionError("Only firm administrators can do that.");
  }
  return next();
});

export const auditedAdminClient = firmAdminClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ firmId: ctx.user.firmId, actorId: ctx.user.id, action: metadata.actionName });
  return result;
});

export const publicLimitedClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-form", 3);
  return next();
});

// Client-portal actions. Supabase owns portal auth.
export const portalActionClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return next({ ctx: { portalUser: user, supabase } });
});

export const strictPortalClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new ActionError("Please sign in to the client portal.");
  return next({ ctx: { portalUser: user, supabase } });
});
