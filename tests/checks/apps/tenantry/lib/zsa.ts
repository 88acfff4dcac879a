import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { checkRateLimit } from "@/lib/ratelimit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await clerkAuth();
  if (!userId || !orgId) {
    throw new Error("Unauthorized");
  }
  return { userId, orgId, orgRole: orgRole ?? "org:member" };
});

export const adminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.orgRole !== "org:admin") throw new Error("Admins only");
  return ctx;
});

export const limitedProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const { success } = await checkRateLimit(`zsa:${ctx.userId}`);
  if (!success) throw new Error("Slow down");
  return ctx;
});
