import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { getStaff } from "@/lib/auth/kinde";
import { validateRequest } from "@/lib/auth/lucia";
import { checkRateLimit } from "@/lib/ratelimit";
import { createAuditLog } from "@/lib/audit";

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof ActionError) return e.message;
    console.error("action failed", e);
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

export const staffClient = actionClient.use(async ({ next }) => {
  const staff = await getStaff();
  if (!staff || !staff.active) throw new ActionError("Please sign in");
  return next({ ctx: { staff } });
});

export const vetClient = staffClient.use(async ({ next, ctx }) => {
  if (ctx.staff.role !== "vet") throw new ActionError("Vets only");
  return next({ ctx });
});

// Practice managers: every action on this client is audited.
export const managerClient = staffClient.use(async ({ next, ctx, metadata }) => {
  if (ctx.staff.role !== "practice_manager" && !ctx.staff.isGroupAdmin) throw new ActionError("Managers only");
  const result = await next({ ctx });
  await createAuditLog({ actorId: ctx.staff.id, clinicId: ctx.staff.clinicId, action: String((metadata as { name?: string } | undefined)?.name ?? "manager.action") });
  return result;
});

export const ownerClient = actionClient.use(async ({ next }) => {
  const { user } = await validateRequest();
  if (!user) throw new ActionError("Please sign in");
  return next({ ctx: { owner: user } });
});

export const ownerLimitedClient = ownerClient.use(async ({ next, ctx }) => {
  await checkRateLimit(`owner:${ctx.owner.id}`, 5);
  return next({ ctx });
});
