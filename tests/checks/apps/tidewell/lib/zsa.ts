import { createServerActionProcedure } from "zsa";
import { getCurrentUser } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

export const investorProcedure = createServerActionProcedure().handler(async () => {
  const user = await getCurrentUser();
  if (!user) throw new Error("Sign in to the investor portal");
  return { user };
});

export const accreditedProcedure = createServerActionProcedure(investorProcedure).handler(async ({ ctx }) => {
  if (!ctx.user.accredited) throw new Error("Accredited investors only");
  const ok = await checkRateLimit(`investor:${ctx.user.id}`);
  if (!ok) throw new Error("Too many requests");
  await auditLog({ actorId: ctx.user.id, coopId: ctx.user.coopId, action: "investor.accredited_action" });
  return { user: ctx.user };
});

// Optional user: public investor pages share this procedure.
export const optionalInvestorProcedure = createServerActionProcedure().handler(async () => {
  const user = await getCurrentUser();
  return { user };
});
