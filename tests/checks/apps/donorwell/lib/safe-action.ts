import "server-only";
import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { audit } from "@/lib/audit";
import { ratelimit, clientIp } from "@/lib/ratelimit";

class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema() {
    return z.object({
      actionName: z.string(),
      roles: z.array(z.enum(["manager", "nurse", "phlebotomist", "receptionist"])).optional(),
      audit: z.boolean().optional(),
    });
  },
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Public client with an IP rate limit (sign-up, contact, finder).
export const publicActionClient = actionClient.use(async ({ next, metadata }) => {
  const { success } = await ratelimit.limit(`${metadata.actionName}:${await clientIp()}`);
  if (!success) throw new ActionError("Too many requests, try again later.");
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new ActionError("Not signed in");
  return next({ ctx: { user: session.user, session: session.session } });
});

// Centre staff: active organisation + role from metadata; audits when metadata.audit is set.
export const centreAction = authActionClient.use(async ({ next, ctx, metadata }) => {
  const centreId = ctx.session.activeOrganizationId;
  if (!centreId) throw new ActionError("No active centre");
  const member = await auth.api.getActiveMember({ headers: await headers() });
  if (!member) throw new ActionError("Not a member of this centre");
  if (metadata.roles && !metadata.roles.includes(member.role as never)) throw new ActionError("Forbidden");
  const result = await next({ ctx: { centreId, role: member.role } });
  if (metadata.audit) {
    await audit.record({ actorId: ctx.user.id, action: metadata.actionName, target: centreId });
  }
  return result;
});

// National admins; every admin action is audited.
export const adminAction = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (!(ctx.user as { nationalAdmin?: boolean }).nationalAdmin) throw new ActionError("Forbidden");
  const result = await next({ ctx: {} });
  await audit.record({ actorId: ctx.user.id, action: `admin.${metadata.actionName}` });
  return result;
});

// Reads the session for logging only; does not enforce it.
export const trackedClient = actionClient.use(async ({ next }) => {
  const session = await auth.api.getSession({ headers: await headers() });
  return next({ ctx: { userId: session?.user.id ?? null } });
});
