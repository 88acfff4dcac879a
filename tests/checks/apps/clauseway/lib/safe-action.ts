import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { headers } from "next/headers";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { memberships } from "@/lib/db/schema";
import { ActionError } from "@/lib/errors";
import { auditLog } from "@/lib/audit";

// Public client: no session. Used for sign-in, contact, newsletter and the like.
export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({ actionName: z.string() });
  },
  handleServerError(e) {
    console.error("action failed", e);
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { user: session.user } });
});

const workspaceInput = z.object({ workspaceId: z.string().uuid() }).passthrough();

// Resolves the workspace from the input and checks membership.
export const workspaceActionClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const parsed = workspaceInput.safeParse(clientInput);
  if (!parsed.success) throw new ActionError("Missing workspace.");
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, parsed.data.workspaceId), eq(memberships.userId, ctx.user.id)))
    .limit(1);
  if (!member) throw new ActionError("You are not a member of this workspace.");
  return next({ ctx: { workspaceId: parsed.data.workspaceId, role: member.role } });
});

// Workspace owners/admins; every call is audited.
export const adminActionClient = workspaceActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "owner" && ctx.role !== "admin") {
    throw new ActionError("Only workspace admins can do this.");
  }
  const result = await next();
  await auditLog({ actorId: ctx.user.id, workspaceId: ctx.workspaceId, action: metadata.actionName });
  return result;
});
