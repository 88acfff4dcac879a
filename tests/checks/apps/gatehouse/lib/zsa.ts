import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";

// Promo codes and door-staff tooling are managed inside Clerk organisations
// (Organiser.clerkOrgId).
export const staffProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) {
    throw new Error("You must be signed in to an organisation.");
  }
  return { userId, orgId, orgRole };
});

export const orgAdminProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  if (ctx.orgRole !== "org:admin") throw new Error("Only organisation admins can do that.");
  return ctx;
});
