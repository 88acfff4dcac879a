import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { getMembership } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) {
      // ok: information-disclosure
      return e.message;
    }
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { user: session.user as { id: string; email: string; role?: string } } });
});

/** Staff of the active school (schoolId comes from the signed JWT, not from input). */
export const staffActionClient = authActionClient.use(async ({ ctx, next }) => {
  const schoolId = (ctx.user as { schoolId?: string }).schoolId;
  if (!schoolId) throw new ActionError("No active school");
  const m = await getMembership(ctx.user.id, schoolId);
  if (!m) throw new ActionError("Not a member of this school");
  return next({ ctx: { ...ctx, schoolId, role: m.role } });
});

/** Every action built on this client writes an audit row after it succeeds. */
export const auditedStaffClient = staffActionClient.use(async ({ ctx, metadata, next }) => {
  const result = await next({ ctx });
  await auditLog({ schoolId: ctx.schoolId, actorId: ctx.user.id, action: metadata.actionName });
  return result;
});

/**
 * Attaches the user id when present, for analytics. It does not reject anonymous callers.
 */
export const trackedActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null } });
});
