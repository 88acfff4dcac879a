import { createServerActionProcedure } from "zsa";
import { verifySession } from "@/lib/dal";
import { rateLimitByKey } from "@/lib/rate-limit";

export const memberProcedure = createServerActionProcedure().handler(async () => {
  const session = await verifySession();
  return { userId: session.userId, role: session.role };
});

export const treasurerProcedure = createServerActionProcedure(memberProcedure).handler(async ({ ctx }) => {
  if (ctx.role !== "TREASURER" && ctx.role !== "ADMIN") throw new Error("Treasurer only");
  return ctx;
});

// Member procedure with a per-user limit, for anything that sends mail.
export const throttledMemberProcedure = createServerActionProcedure(memberProcedure).handler(async ({ ctx }) => {
  await rateLimitByKey(`member:${ctx.userId}`);
  return ctx;
});
