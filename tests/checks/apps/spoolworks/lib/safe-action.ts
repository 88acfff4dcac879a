import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { ActionError } from "@/lib/errors";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// Public client. Only messages of ActionError reach the browser.
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Maker client: Supabase session required.
export const authActionClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new ActionError("Please sign in.");
  return next({ ctx: { user, supabase } });
});

// Records every call after it ran (account & security settings).
export const auditedActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ actorId: ctx.user.id, action: metadata.actionName });
  return result;
});

// Anonymous but throttled (public forms).
export const throttledActionClient = actionClient.use(async ({ next, metadata }) => {
  await rateLimitByIp(metadata.actionName);
  return next();
});
