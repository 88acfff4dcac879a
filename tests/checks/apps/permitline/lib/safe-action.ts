import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) {
    throw new ActionError("You must be signed in.");
  }
  return next({ ctx: { userId: session.user.id, email: session.user.email } });
});

export const staffActionClient = authActionClient.use(async ({ next, ctx }) => {
  const membership = await prisma.membership.findFirst({
    where: { userId: ctx.userId },
    select: { municipalityId: true, role: true },
  });
  if (!membership) throw new ActionError("Staff access required.");
  return next({ ctx: { ...ctx, municipalityId: membership.municipalityId, role: membership.role } });
});

export const auditedStaffClient = staffActionClient.use(async ({ next, ctx, metadata }) => {
  const result = await next();
  await auditLog({ action: metadata.actionName, actorId: ctx.userId, municipalityId: ctx.municipalityId });
  return result;
});

export const publicFormClient = actionClient.use(async ({ next, metadata }) => {
  await rateLimitByIp(`form:${metadata.actionName}`);
  return next();
});

// Applicant portal client. Carries the user id along when there is one; anonymous applicants
// can still start a draft from the kiosk, so this one does not reject.
export const applicantActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  return next({ ctx: { userId: session?.user?.id ?? null } });
});

// Pre-2024 client, still used by the cashier screens.
export const legacyActionClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.user.id } });
});
