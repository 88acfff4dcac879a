import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { createClient } from "@/lib/supabase/server";
import { rateLimitByIp } from "@/lib/ratelimit";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    return "Something went wrong. Please try again.";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id } });
});

export const staffActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await prisma.membership.findFirst({ where: { userId: ctx.userId }, select: { tenantId: true, role: true } });
  if (!membership) throw new Error("No tenant");
  return next({ ctx: { ...ctx, tenantId: membership.tenantId, role: membership.role } });
});

export const adminActionClient = staffActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "owner" && ctx.role !== "admin") throw new Error("Forbidden");
  const result = await next();
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: String((metadata as { name?: string } | undefined)?.name ?? "admin.action") });
  return result;
});

// public client with an IP limiter, used by public forms
export const publicLimitedClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-action", 5);
  return next();
});

// Policyholder portal client (Supabase). Its error handler was written for debugging and never changed.
export const portalActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in to the portal");
  return next({ ctx: { portalUserId: user.id, supabase } });
});

// "soft" client for the vendor portal: reads the session but lets anonymous vendors through
export const vendorActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null } });
});
