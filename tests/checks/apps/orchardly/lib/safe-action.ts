import { createSafeActionClient } from "next-safe-action";
import { auth, currentUser } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms, members } from "@/db/schema";
import { recordActivity } from "@/lib/activity";
import { ratelimit } from "@/lib/ratelimit";

export class ActionError extends Error {}

/** Public client: no session required. Only ActionError messages reach the browser. */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong on our side.";
  },
});

/** Signed-in member of the network. */
export const authActionClient = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  if (!userId) throw new ActionError("Please sign in first.");
  return next({ ctx: { userId } });
});

/** Signed-in member of the active farm (Clerk organisation). */
export const farmActionClient = authActionClient.use(async ({ next, ctx }) => {
  const { orgId } = await auth();
  if (!orgId) throw new ActionError("Pick a farm first.");
  const [farm] = await db.select({ id: farms.id, name: farms.name }).from(farms).where(eq(farms.clerkOrgId, orgId)).limit(1);
  const [member] = farm
    ? await db
        .select({ id: members.id, role: members.role })
        .from(members)
        .where(and(eq(members.farmId, farm.id), eq(members.clerkUserId, ctx.userId)))
        .limit(1)
    : [];
  if (!farm || !member) throw new ActionError("You are not a member of this farm.");
  return next({ ctx: { ...ctx, farm, member } });
});

/** Farm owners only; every call is written to the activity trail. */
export const ownerActionClient = farmActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.member.role !== "owner") throw new ActionError("Only farm owners can do that.");
  const result = await next();
  await recordActivity({ farmId: ctx.farm.id, actorId: ctx.userId, action: metadata.name });
  return result;
});

/** Coordinators and owners (volunteer management); rate limited because it sends mail. */
export const coordinatorActionClient = farmActionClient.use(async ({ next, ctx }) => {
  if (ctx.member.role !== "coordinator" && ctx.member.role !== "owner") throw new ActionError("Coordinators only.");
  const { success } = await ratelimit.limit(`coord:${ctx.userId}`);
  if (!success) throw new ActionError("Slow down a little.");
  return next();
});

/** Network admin console; audited. */
export const adminActionClient = actionClient.use(async ({ next, metadata }) => {
  const user = await currentUser();
  if (!user || user.publicMetadata?.networkAdmin !== true) throw new ActionError("Admins only.");
  const result = await next({ ctx: { admin: { id: user.id, email: user.primaryEmailAddress?.emailAddress } } });
  await recordActivity({ actorId: user.id, action: `admin.${metadata.name}` });
  return result;
});

/** Adds the user id for analytics when there is one. Does NOT require a session. */
export const trackedActionClient = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  return next({ ctx: { userId: userId ?? null } });
});
