import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { audit } from "@/lib/audit";
import { ratelimit } from "@/lib/ratelimit";
import { headers } from "next/headers";

export class CoopError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    if (e instanceof CoopError) return e.message;
    return "Something went wrong.";
  },
});

// Signed-in members of a co-op.
export const memberClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new CoopError("Please sign in.");
  const user = session.user as { id: string; role?: string; coopId?: string | null };
  if (!user.coopId) throw new CoopError("Join a co-op first.");
  return next({ ctx: { userId: user.id, coopId: user.coopId, role: user.role ?? "member" } });
});

// Board members; every board action is audited.
export const boardClient = memberClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "board" && ctx.role !== "treasurer") throw new CoopError("Board members only.");
  const result = await next({ ctx });
  await audit.record({ actorId: ctx.userId, coopId: ctx.coopId, action: metadata.name });
  return result;
});

// Public forms: throttled by IP, no session.
export const publicFormClient = actionClient.use(async ({ next }) => {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`form:${ip}`);
  if (!success) throw new CoopError("Slow down a little.");
  return next();
});

// "Tracked" client: reads the session for analytics only and never rejects anonymous calls.
export const trackedClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
