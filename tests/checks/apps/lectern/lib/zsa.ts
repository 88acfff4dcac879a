import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/lucia";
import { ratelimit } from "@/lib/ratelimit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  return { user };
});

export const limitedProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const { success } = await ratelimit.limit(`zsa:${ctx.user.id}`);
  if (!success) throw new Error("Slow down");
  return ctx;
});
