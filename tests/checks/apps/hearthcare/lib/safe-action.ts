import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    logger.error({ err: e }, "action failed");
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ActionError("You must be signed in.");
  return next({ ctx: { userId: session.user.id, email: session.user.email ?? "" } });
});

/** Resolves the active agency from the `hc_agency` cookie and checks membership. */
export const agencyActionClient = authActionClient.use(async ({ next, ctx }) => {
  const { cookies } = await import("next/headers");
  const agencyId = (await cookies()).get("hc_agency")?.value;
  if (!agencyId) throw new ActionError("No agency selected.");
  const membership = await prisma.membership.findUnique({
    where: { userId_agencyId: { userId: ctx.userId, agencyId } },
    select: { role: true },
  });
  if (!membership) throw new ActionError("Not a member of this agency.");
  return next({ ctx: { ...ctx, agencyId, role: membership.role } });
});

/** Owner/admin only, and every call is audited. */
export const agencyAdminClient = agencyActionClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "ADMIN") throw new ActionError("Admins only.");
  const result = await next({ ctx });
  await auditLog({ agencyId: ctx.agencyId, actorId: ctx.userId, action: metadata.actionName });
  return result;
});

// Added during the 2025 "drafts" experiment. Reads the session but never enforces it.
export const draftActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id } });
});
