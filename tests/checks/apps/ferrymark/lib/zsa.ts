import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/lucia";

// Crew procedures (gangway app). Lucia session required.
export const crewProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Crew sign-in required");
  return { crewId: user.id, operatorId: user.operatorId, crewRole: user.crewRole };
});

export const crewLeadProcedure = createServerActionProcedure(crewProcedure).handler(async ({ ctx }) => {
  if (ctx.crewRole !== "lead") throw new Error("Crew lead only");
  return ctx;
});
