import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logger } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { ActionError } from "@/lib/errors";

export const actionClient = createSafeActionClient({
  // Only our own ActionError messages reach the browser.
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    logger.error({ err: e }, "action failed");
    return "Something went wrong";
  },
});

// Public client with an IP limit, for unauthenticated forms.
export const publicLimitedClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-form");
  return next();
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("Please sign in.");
  return next({ ctx: { userId: session.user.id } });
});

// Resolves the active winery from bindArgs/clientInput and requires staff membership.
export const wineryActionClient = authActionClient
  .bindArgsSchemas<[wineryId: z.ZodString]>([z.string().cuid()])
  .use(async ({ next, ctx, bindArgsClientInputs }) => {
    const wineryId = bindArgsClientInputs[0] as string;
    const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId: ctx.userId, wineryId } }, select: { role: true } });
    if (!m) throw new ActionError("Not a member of this winery.");
    return next({ ctx: { ...ctx, wineryId, role: m.role } });
  });

// Owner-only, and every call is written to the audit trail.
export const ownerActionClient = authActionClient.use(async ({ next, ctx, clientInput }) => {
  const wineryId = (clientInput as { wineryId?: unknown })?.wineryId;
  if (typeof wineryId !== "string") throw new ActionError("wineryId required");
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId: ctx.userId, wineryId } }, select: { role: true } });
  if (m?.role !== "OWNER") throw new ActionError("Owners only.");
  const result = await next({ ctx: { ...ctx, wineryId } });
  await auditLog({ actorId: ctx.userId, wineryId, action: "owner_action", meta: { input: clientInput as object } });
  return result;
});

// Super-admin console client (audited).
export const adminActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { isSuperAdmin: true } });
  if (!u?.isSuperAdmin) throw new ActionError("Forbidden");
  const res = await next({ ctx });
  await auditLog({ actorId: ctx.userId, action: `admin:${String((metadata as { name?: string })?.name ?? "action")}` });
  return res;
});

// Looks like an auth client but only reads the session for logging; never rejects.
export const trackedActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  logger.info({ user: session?.user?.id ?? "anon" }, "action");
  return next({ ctx: { userId: session?.user?.id } });
});
