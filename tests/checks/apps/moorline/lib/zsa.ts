import { createServerActionProcedure, ZSAError } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { rateLimitByKey } from "@/lib/rate-limit";

export const yardProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new ZSAError("NOT_AUTHORIZED", "Sign in to the yard terminal");
  return { user };
});

export const yardManagerProcedure = createServerActionProcedure(yardProcedure).handler(async ({ ctx }) => {
  if (ctx.user.yardRole !== "yard_manager") throw new ZSAError("FORBIDDEN", "Yard manager only");
  return ctx;
});

/** Customer-facing quote approvals: rate limited per user because they send e-mail. */
export const yardNotifyProcedure = createServerActionProcedure(yardProcedure).handler(async ({ ctx }) => {
  await rateLimitByKey(`yard-notify:${ctx.user.id}`, 20);
  return ctx;
});
