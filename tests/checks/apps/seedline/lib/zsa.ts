import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { logger } from "@/lib/logger";

// Super-admin console and supplier portal authenticate with Clerk.
export const clerkProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Not signed in");
  return { clerkUserId: userId };
});

export const platformAdminProcedure = createServerActionProcedure(clerkProcedure).handler(async ({ ctx }) => {
  const user = await currentUser();
  if (!user || user.publicMetadata?.role !== "super_admin") throw new Error("Forbidden");
  logger.info({ actor: ctx.clerkUserId, event: "admin.console.action" }, "platform admin action");
  return { adminId: ctx.clerkUserId, adminEmail: user.primaryEmailAddress?.emailAddress ?? "" };
});

// Used by the supplier catalogue; only tags requests, no check.
export const publicProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await clerkAuth();
  return { clerkUserId: userId ?? null };
});
