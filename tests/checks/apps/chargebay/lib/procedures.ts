import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { ratelimit } from "@/lib/ratelimit";

// Charger console runs on Clerk organisations (orgId == operator tenant's Clerk org).
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId) throw new Error("Unauthorized");
  return { userId, orgId: orgId ?? null, orgRole: orgRole ?? null };
});

export const technicianProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (!ctx.orgId) throw new Error("Select an organisation first");
  if (!["org:admin", "org:network_manager", "org:technician"].includes(ctx.orgRole ?? "")) {
    throw new Error("Technician role required");
  }
  return { ...ctx, orgId: ctx.orgId };
});

export const throttledProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const { success } = await ratelimit.limit(`zsa:${ctx.userId}`);
  if (!success) throw new Error("Slow down");
  return ctx;
});
