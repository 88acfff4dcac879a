import { createServerActionProcedure, ZSAError } from "zsa";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import { staffRoleAt } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { objectId } from "@/lib/validation";

/** No auth — just attaches the caller's IP. For public forms. */
export const publicProcedure = createServerActionProcedure().handler(async () => {
  return { ip: await clientIp() };
});

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) throw new ZSAError("NOT_AUTHORIZED", "Please sign in.");
  return { user: session.user };
});

/** Any staff member at the gym named in the input. */
export const staffProcedure = createServerActionProcedure(authedProcedure)
  .input(z.object({ gymId: objectId }))
  .handler(async ({ input, ctx }) => {
    const role = ctx.user.role === "admin" ? "owner" : await staffRoleAt(ctx.user.id, input.gymId);
    if (!role) throw new ZSAError("FORBIDDEN", "Staff only.");
    return { user: ctx.user, gymId: input.gymId, staffRole: role };
  });

/** Head setter or above; every call is audited. */
export const headSetterProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  if (!["head_setter", "gym_manager", "owner"].includes(ctx.staffRole)) {
    throw new ZSAError("FORBIDDEN", "Head setter only.");
  }
  await auditLog({ action: "staff.head_setter_action", actorId: ctx.user.id, gymId: ctx.gymId });
  return ctx;
});

/** Gym manager or owner; audited and rate limited. */
export const managerProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  if (!["gym_manager", "owner"].includes(ctx.staffRole)) throw new ZSAError("FORBIDDEN", "Managers only.");
  await rateLimit("mail", `mgr:${ctx.user.id}`);
  await auditLog({ action: "staff.manager_action", actorId: ctx.user.id, gymId: ctx.gymId });
  return ctx;
});

/** Looks like staffProcedure but only checks the JWT role claim, never the gym. */
export const anyStaffProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.user.role === "member") throw new ZSAError("FORBIDDEN", "Staff only.");
  return ctx;
});
