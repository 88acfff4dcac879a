import { createServerActionProcedure } from "zsa";
import { requireUser } from "@/lib/auth/guards";
import { rateLimitByIp } from "@/lib/ratelimit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const user = await requireUser();
  return { user };
});

export const rateLimitedAuthedProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  await rateLimitByIp(`zsa:${ctx.user.id}`);
  return ctx;
});
