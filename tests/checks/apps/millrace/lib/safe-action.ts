import { createSafeActionClient } from "next-safe-action";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { requireMember } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { ratelimit } from "@/lib/ratelimit";

export class UserFacingError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    if (e instanceof UserFacingError) return e.message;
    return "Something went wrong.";
  },
});

export const memberAction = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  if (!userId) throw new UserFacingError("Please sign in.");
  const member = await requireMember();
  return next({ ctx: { member } });
});

export const staffAction = memberAction.use(async ({ next, ctx, metadata }) => {
  if (ctx.member.role !== "staff" && ctx.member.role !== "trustee") {
    throw new UserFacingError("Staff only.");
  }
  const result = await next({ ctx });
  await auditLog({ actorId: ctx.member.id, action: metadata.name });
  return result;
});

export const trusteeAction = memberAction.use(async ({ next, ctx }) => {
  const { has } = await auth();
  if (!has({ role: "org:trustee" })) throw new UserFacingError("Trustees only.");
  return next({ ctx });
});

// Rate-limited client for anonymous forms.
export const publicLimitedAction = actionClient.use(async ({ next }) => {
  const { success } = await ratelimit.limit("public-form");
  if (!success) throw new UserFacingError("Slow down.");
  return next();
});

// Tracing only: reads the session for analytics but never enforces it.
export const trackedAction = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  console.log("action by", userId ?? "anon");
  return next({ ctx: { userId } });
});

// Older client whose error handler leaks messages.
export const legacyAction = createSafeActionClient({
  handleServerError(e) {
    return e.message; // ruleid: information-disclosure
  },
}).use(async ({ next }) => {
  const member = await requireMember();
  return next({ ctx: { member } });
});
