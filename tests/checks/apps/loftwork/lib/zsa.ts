import "server-only";
import { headers } from "next/headers";
import { createServerActionProcedure } from "zsa";
import { auth } from "./auth";
import { aiLimiter, clientIp } from "./ratelimit";
import { auditLog } from "./audit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    throw new Error("You must be signed in");
  }
  return { user: session.user, session: session.session };
});

export const staffProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const role = (ctx.user as { role?: string }).role;
  if (role !== "front_desk" && role !== "location_manager" && role !== "admin") {
    throw new Error("Staff only");
  }
  return { ...ctx, role };
});

export const financeProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const role = (ctx.user as { role?: string }).role;
  if (role !== "finance" && role !== "admin") {
    throw new Error("Finance only");
  }
  await auditLog(ctx.user.id, "finance.action");
  return { ...ctx, role };
});

// Looks like a guard but only tags the context: it never rejects anonymous callers.
export const optionalUserProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return { user: session?.user ?? null };
});

export const rateLimitedPublicProcedure = createServerActionProcedure().handler(async () => {
  const { success } = await aiLimiter.limit(await clientIp());
  if (!success) throw new Error("Too many requests");
  return {};
});
