import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import * as v from "valibot";
import { auth } from "@/auth";
import { audit } from "@/lib/audit";
import { ActionError } from "@/lib/errors";

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return v.object({ actionName: v.string() });
  },
  handleServerError(e) {
    console.error("action failed", e);
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Signed-in users of any role.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("Please sign in.");
  }
  return next({ ctx: { user: session.user } });
});

// Harbour staff (and admins) running the floor.
export const staffActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== "staff" && ctx.user.role !== "admin") {
    throw new ActionError("Harbour staff only.");
  }
  return next({ ctx: { staffId: ctx.user.id } });
});

// Admin console: role check plus an audit row for every call.
export const adminActionClient = staffActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.user.role !== "admin") {
    throw new ActionError("Admins only.");
  }
  const result = await next();
  await audit.record({
    actorId: ctx.user.id,
    action: `admin.${metadata?.actionName ?? "unknown"}`,
    meta: { input: clientInput as Record<string, unknown>, ok: result.success },
  });
  return result;
});
