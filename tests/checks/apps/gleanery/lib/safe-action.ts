import { createSafeActionClient } from "next-safe-action";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/better";
import { auditLog } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { prisma } from "@/lib/db/prisma";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new ActionError("Please sign in");
  return next({ ctx: { user: session.user as typeof session.user & { role?: string } } });
});

// Every action built on this client writes an audit row
export const auditedActionClient = authActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  const result = await next();
  await auditLog({ actorId: ctx.user.id, action: metadata.actionName, meta: { input: clientInput as Record<string, unknown> } });
  return result;
});

export const adminActionClient = auditedActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== "network_admin") throw new ActionError("Admins only");
  return next();
});

// Scopes every action to a pantry the user is a member of; bind the pantryId with bindArgsSchemas
export const pantryActionClient = authActionClient.use(async ({ next, ctx, bindArgsClientInputs }) => {
  const pantryId = String(bindArgsClientInputs[0] ?? "");
  const membership = await prisma.membership.findFirst({ where: { pantryId, userId: ctx.user.id }, select: { role: true } });
  if (!membership) throw new ActionError("Not a member of this pantry");
  return next({ ctx: { ...ctx, pantryId, pantryRole: membership.role } });
});

// Added in the "kiosk" spike: reads the session but never rejects anonymous callers
export const sessionActionClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  return next({ ctx: { userId: session?.user.id } });
});

// Old client kept for the legacy reports screens: surfaces raw error text to the UI
export const legacyReportsClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Please sign in");
  return next({ ctx: { user: session.user } });
});
