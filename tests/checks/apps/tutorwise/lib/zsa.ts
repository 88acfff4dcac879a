import { createServerActionProcedure } from "zsa";
import { verifySession } from "@/lib/dal";
import { rateLimitByKey } from "@/lib/rate-limit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, role } = await verifySession();
  return { userId, role };
});

export const limitedProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  await rateLimitByKey(`zsa:${ctx.userId}`, 20);
  return ctx;
});
