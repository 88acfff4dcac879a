import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { ActionError } from "@/lib/errors";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

/** Signed-in members (Lucia session, the original web login). */
export const memberClient = actionClient.use(async ({ next }) => {
  const { user } = await validateRequest();
  if (!user) throw new ActionError("Please sign in.");
  return next({ ctx: { userId: user.id } });
});

/** Coordinator of the garden named in the input; every call is audited. */
export const coordinatorClient = memberClient.use(async ({ next, ctx, clientInput, metadata }) => {
  const gardenId = (clientInput as { gardenId?: unknown })?.gardenId;
  if (typeof gardenId !== "string") throw new ActionError("Missing garden.");
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId: ctx.userId } },
    select: { role: true },
  });
  if (membership?.role !== "COORDINATOR") throw new ActionError("Coordinators only.");
  const result = await next({ ctx: { gardenId } });
  await auditLog({ actorId: ctx.userId, action: metadata.name, target: gardenId });
  return result;
});

/** Public forms: rate limited by IP, no session. */
export const publicLimitedClient = actionClient.use(async ({ next, metadata }) => {
  await checkRateLimit(`${metadata.name}:${await clientIp()}`);
  return next();
});
