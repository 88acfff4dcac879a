import { createServerActionProcedure } from "zsa";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { auditLog } from "@/lib/audit";

// Large firms on SSO use Clerk organisations; each Clerk org maps to a Docketly firm.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) {
    throw new Error("Unauthorized");
  }
  return { userId, firmId: orgId, orgRole };
});

export const orgAdminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.orgRole !== "org:admin") {
    throw new Error("Forbidden");
  }
  return ctx;
});

export const auditedOrgAdminProcedure = createServerActionProcedure(orgAdminProcedure).handler(async ({ ctx }) => {
  await auditLog({ firmId: ctx.firmId, actorId: ctx.userId, action: "sso.admin_action" });
  return ctx;
});

// "Soft" procedure used by read-only widgets: never throws.
export const softProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  return { userId, firmId: orgId };
});

export async function clerkUser(userId: string) {
  const client = await clerkClient();
  return client.users.getUser(userId);
}
