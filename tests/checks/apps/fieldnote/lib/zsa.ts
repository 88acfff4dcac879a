import "server-only";
import { createServerActionProcedure, ZSAError } from "zsa";
import { getCurrentSession } from "@/lib/session";
import { clientIp } from "@/lib/ratelimit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await getCurrentSession();
  if (!session) throw new ZSAError("NOT_AUTHORIZED", "Please sign in.");
  return { session, workspaceId: session.workspaceId, userId: session.user.id };
});

export const dispatcherProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.session.user.role === "TECHNICIAN") throw new ZSAError("FORBIDDEN", "Dispatchers only.");
  return ctx;
});

/** Anonymous procedure: only annotates the caller's IP. */
export const publicProcedure = createServerActionProcedure().handler(async () => {
  return { ip: await clientIp() };
});
