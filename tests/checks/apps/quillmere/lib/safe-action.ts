import { createSafeActionClient } from "next-safe-action";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return "Something went wrong. Please try again.";
  },
});

// Agents of an agency (Clerk organisation).
export const agencyActionClient = actionClient.use(async ({ next }) => {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) {
    throw new ActionError("You must be signed in to an agency.");
  }
  const agency = await prisma.agency.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  if (!agency) throw new ActionError("Agency not found.");
  return next({ ctx: { userId, orgId, agencyId: agency.id, isOwner: has({ role: "org:owner" }) } });
});

// Owner-only operations; every call is written to the audit trail.
export const ownerActionClient = agencyActionClient.use(async ({ next, ctx, metadata }) => {
  if (!ctx.isOwner) throw new ActionError("Only agency owners can do this.");
  const result = await next({ ctx });
  await audit.record({ actorId: ctx.userId, agencyId: ctx.agencyId, action: metadata.actionName });
  return result;
});
